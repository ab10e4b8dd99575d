package org.candour.definition.editing;

/**
 * An answer to choose from.
 *
 * @param value what is stored (a slug such as {@code yes-with-name}); {@code null} on a
 * new option: made from its label
 * @param label its words
 */
public record Option(String value, Text label) {

	public static Option of(String label) {
		return new Option(null, Text.of(label));
	}

}
