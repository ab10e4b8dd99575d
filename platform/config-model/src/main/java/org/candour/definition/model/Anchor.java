package org.candour.definition.model;

import tools.jackson.databind.JsonNode;

/**
 * The moment a clock's duration is counted from.
 *
 * @param type {@code start} (when the clock starts), {@code received} (the case's
 * received date) or {@code field} (a date held in the case)
 * @param pointer for {@code field}, where the date is in the case view; otherwise
 * {@code null}
 */
public record Anchor(String type, String pointer) {

	static final Anchor START = new Anchor("start", null);

	static Anchor read(JsonNode node) {
		return (node == null) ? START : new Anchor(Json.text(node, "type"), Json.text(node, "pointer"));
	}

}
