package org.candour.cases;

/**
 * A link from this case to another.
 *
 * @param relation {@code stage-of} (this case is the next stage of the other),
 * {@code escalated-to}, {@code escalated-from}, {@code duplicate-of}, {@code related}
 * @param reference the other case
 */
public record CaseLink(String relation, String reference) {

}
