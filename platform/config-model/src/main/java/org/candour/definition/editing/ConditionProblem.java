package org.candour.definition.editing;

/**
 * Why condition rows cannot be saved.
 *
 * @param code stable code, e.g. {@code condition.value-unknown}
 * @param field the field of the rows form to fix: {@code rows}, or
 * {@code rows[0].question}, {@code rows[0].values} (rows counted from 0)
 * @param message what to do, in plain words
 */
public record ConditionProblem(String code, String field, String message) {
}
