package org.candour.definition.model;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * A rule of a transition's guard that a JSON Schema cannot say: two values of the case
 * view compared, e.g. the stage 2 reviewer must not be the stage 1 handler.
 *
 * @param type {@code different}: the two must not be the same (compared as text, ignoring
 * case and surrounding spaces); met while either is absent or blank
 * @param fields the two case-view pointers; a refusal points at the second
 * @param message plain words shown when it fails (text or per-language object)
 */
public record GuardComparison(String type, List<String> fields, JsonNode message) {

	public static final String DIFFERENT = "different";

	public GuardComparison {
		fields = List.copyOf(fields);
	}

	/** Whether the case view breaks it. */
	public boolean brokenBy(JsonNode view) {
		if (!DIFFERENT.equals(this.type) || this.fields.size() != 2) {
			return false;
		}
		String first = comparable(view.at(this.fields.get(0)));
		String second = comparable(view.at(this.fields.get(1)));
		return first != null && first.equals(second);
	}

	/** The pointer a refusal names: the second field. */
	public String pointer() {
		return this.fields.get(this.fields.size() - 1);
	}

	private static String comparable(JsonNode value) {
		if (value == null || value.isMissingNode() || value.isNull() || value.isContainer()) {
			return null;
		}
		String text = value.asString("").strip();
		return text.isEmpty() ? null : text.toLowerCase(java.util.Locale.ROOT);
	}

	static List<GuardComparison> readAll(JsonNode comparisons) {
		List<GuardComparison> read = new ArrayList<>();
		if (comparisons != null) {
			comparisons.forEach(node -> read.add(new GuardComparison(Json.text(node, "type"),
					Json.strings(node, "fields"), Json.node(node, "message"))));
		}
		return List.copyOf(read);
	}

}
