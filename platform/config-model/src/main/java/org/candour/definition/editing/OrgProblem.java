package org.candour.definition.editing;

/**
 * Why an org-structure edit cannot be made.
 *
 * @param field the field of the page's form to fix, e.g. {@code name}, {@code units}
 * @param message what to do, in plain words
 */
public record OrgProblem(String field, String message) {
}
