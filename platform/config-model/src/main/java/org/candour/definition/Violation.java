package org.candour.definition;

/**
 * A JSON Schema violation in an instance.
 *
 * @param pointer JSON pointer to the offending value (to the missing property for
 * {@code required})
 * @param keyword the schema keyword that failed, e.g. {@code required}, {@code pattern}
 * @param message the validator's explanation
 */
public record Violation(String pointer, String keyword, String message) {

}
