package org.candour.cases;

/**
 * Staff (or an API client) read a case: its screen, one of its pages, or {@code GET
 * …/cases/{ref}}. The security module records reads of sensitive feedback types.
 *
 * @param reference the case read
 * @param feedbackType its feedback type
 */
public record CaseRead(CaseReference reference, String feedbackType) {
}
