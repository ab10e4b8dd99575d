package org.candour.retention;

import java.time.Instant;

/**
 * One case disposed of.
 *
 * @param reference the case's reference
 * @param feedbackType its feedback type
 * @param action {@code anonymised} or {@code deleted}
 * @param rule the retention rule, in words
 * @param at when
 * @param by who ran the disposal: {@code system} for the nightly job
 */
public record DisposalEntry(String reference, String feedbackType, String action, String rule, Instant at, String by) {
}
