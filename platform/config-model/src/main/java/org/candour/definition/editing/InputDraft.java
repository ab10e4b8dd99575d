package org.candour.definition.editing;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A question an officer answers when taking an action, as its page adds it: its label,
 * kind (short of the form builder's: text, a date, yes or no, or one of some answers),
 * whether it must be answered, and the answers of a choice.
 *
 * @param label the question
 * @param kind {@code text}, {@code date}, {@code yes-no} or {@code choice}
 * @param required whether the action cannot be taken without an answer
 * @param answers a choice's answers, in order (empty for other kinds)
 */
public record InputDraft(String label, String kind, boolean required, List<String> answers) {

	/** The kinds an action's question may be, by value, in order. */
	public static final List<String> KINDS = List.of("text", "date", "yes-no", "choice");

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	/** Most characters of a text answer (as the shipped reasons). */
	private static final int MOST_TEXT = 2000;

	public InputDraft {
		answers = List.copyOf(answers);
	}

	/** The "reason required" shortcut: a required text question. */
	public static InputDraft reason(String label) {
		return new InputDraft(label, "text", true, List.of());
	}

	/** Its JSON Schema property in the lean form. */
	ObjectNode property() {
		ObjectNode property = NODES.objectNode();
		switch (this.kind) {
			case "yes-no" -> property.put("type", "boolean");
			case "date" -> property.put("type", "string").put("format", "date");
			case "choice" -> {
				property.put("type", "string");
				ArrayNode choices = property.putArray("oneOf");
				Set<String> taken = new HashSet<>();
				for (String answer : this.answers) {
					String value = Names.value(answer, taken);
					taken.add(value);
					choices.addObject().put("const", value).put("title", answer);
				}
			}
			default -> {
				property.put("type", "string");
				if (this.required) {
					property.put("minLength", 1);
				}
				property.put("maxLength", MOST_TEXT);
			}
		}
		property.put("title", this.label);
		return property;
	}

	/** The kind of an input already written, in these words' values ({@code other}). */
	public static String kindOf(JsonNode property) {
		if ("boolean".equals(property.path("type").asString(""))) {
			return "yes-no";
		}
		if ("date".equals(property.path("format").asString(""))) {
			return "date";
		}
		if (property.has("oneOf") || property.has("enum") || property.has("codeList")) {
			return "choice";
		}
		return "string".equals(property.path("type").asString("")) ? "text" : "other";
	}

}
