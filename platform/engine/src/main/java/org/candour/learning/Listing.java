package org.candour.learning;

import java.time.LocalDate;
import java.util.List;

/**
 * A list answer: the items, and the day (in the tenant's zone, by the application clock)
 * that overdue was derived for.
 */
public record Listing<T>(LocalDate today, List<T> items) {
}
