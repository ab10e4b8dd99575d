package org.candour.cases;

import java.time.LocalDate;

/**
 * A case's clock went past its due date without being stopped. Published once per breach.
 */
public record ClockBreached(String tenant, CaseReference reference, String feedbackType, String clock, LocalDate due) {

}
