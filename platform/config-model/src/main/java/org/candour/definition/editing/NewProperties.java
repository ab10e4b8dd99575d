package org.candour.definition.editing;

import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The schema property of a new question of each kind, as the shipped forms write it: an
 * address of lines (line 1, town and postcode required once any is given), a file upload
 * as the list of stored files the resident pages record, a phone number with its pattern.
 */
final class NewProperties {

	static final String PHONE_PATTERN = "^[0-9 +()-]{7,20}$";

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private NewProperties() {
	}

	/** The schema property of a new question (its title, type and format). */
	static ObjectNode of(QuestionDraft draft) {
		ObjectNode property = NODES.objectNode();
		switch (draft.kind()) {
			case "number" -> property.put("type", "number");
			case "yes-no" -> property.put("type", "boolean");
			case "address" -> address(property);
			case "checkboxes" ->
				property.put("type", "array").put("uniqueItems", true).putObject("items").put("type", "string");
			case "file" -> files(property);
			default -> property.put("type", "string");
		}
		property.put("title", draft.label().english());
		if ("date".equals(draft.kind())) {
			property.put("format", "date");
		}
		else if ("email".equals(draft.kind())) {
			property.put("format", "email");
		}
		else if ("phone".equals(draft.kind())) {
			property.put("pattern", PHONE_PATTERN);
		}
		return property;
	}

	private static void address(ObjectNode property) {
		property.put("type", "object");
		property.putArray("required").add("line1").add("town").add("postcode");
		ObjectNode lines = property.putObject("properties");
		lines.putObject("line1").put("type", "string").put("title", "Address line 1").put("maxLength", 100);
		lines.putObject("line2").put("type", "string").put("title", "Address line 2 (optional)").put("maxLength", 100);
		lines.putObject("town").put("type", "string").put("title", "Town or city").put("maxLength", 60);
		lines.putObject("postcode")
			.put("type", "string")
			.put("title", "Postcode")
			.put("pattern", "^[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}$");
	}

	private static void files(ObjectNode property) {
		property.put("type", "array");
		ObjectNode item = property.putObject("items").put("type", "object").put("additionalProperties", false);
		item.putArray("required").add("id").add("name");
		ObjectNode parts = item.putObject("properties");
		parts.putObject("id").put("type", "string").put("pattern", "^[0-9a-f]{24}$");
		parts.putObject("name").put("type", "string").put("maxLength", 200);
		parts.putObject("contentType").put("type", "string");
		parts.putObject("size").put("type", "integer").put("minimum", 1);
	}

}
