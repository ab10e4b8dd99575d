package org.candour.web.forms;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.util.MultiValueMap;

/**
 * Reads a posted page into form data, per field kind: blank answers are left out (so
 * {@code required} catches them), a GOV.UK date's three fields become {@code yyyy-mm-dd}
 * (an impossible date stays as typed, for {@code format: date} to refuse), yes/no becomes
 * a boolean, checkboxes an array, an address an object.
 */
public final class Answers {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private Answers() {
	}

	/** The answer posted for {@code question}, or null when there is none. */
	public static JsonNode read(Question question, MultiValueMap<String, String> form) {
		String name = question.name();
		switch (question.kind()) {
			case "date":
				return date(value(form, name + "-day"), value(form, name + "-month"), value(form, name + "-year"));
			case "yes-no":
				String answer = value(form, name);
				return answer == null ? null : NODES.booleanNode("true".equals(answer));
			case "checkboxes":
				ArrayNode picked = NODES.arrayNode();
				form.getOrDefault(name, List.of()).stream().filter(v -> !v.isBlank()).forEach(picked::add);
				return picked.isEmpty() ? null : picked;
			case "address":
				ObjectNode address = NODES.objectNode();
				question.parts().forEach(part -> {
					String line = value(form, name + "." + part.name());
					if (line != null) {
						address.put(part.name(), line);
					}
				});
				return address.isEmpty() ? null : address;
			case "number":
				String number = value(form, name);
				if (number == null) {
					return null;
				}
				try {
					return NODES.numberNode(new java.math.BigDecimal(number.replace(",", "")));
				}
				catch (NumberFormatException ex) {
					return NODES.stringNode(number);
				}
			case "file":
				return null;
			default:
				String text = value(form, name);
				return text == null ? null : NODES.stringNode(text);
		}
	}

	/**
	 * The answers posted to those of {@code questions} the page showed (files apart: they
	 * are uploads), by question name; null for a question left blank.
	 */
	public static Map<String, JsonNode> readShown(List<Question> questions, MultiValueMap<String, String> form) {
		List<String> shown = form.getOrDefault("shown", List.of());
		Map<String, JsonNode> answers = new LinkedHashMap<>();
		for (Question question : questions) {
			if (shown.contains(question.name()) && !"file".equals(question.kind())) {
				answers.put(question.name(), read(question, form));
			}
		}
		return answers;
	}

	/** The parts of a stored date, for the three inputs: day, month, year. */
	static String[] dateParts(JsonNode value) {
		if (value == null || !value.isString()) {
			return new String[] { "", "", "" };
		}
		String[] parts = value.asString().split("-", -1);
		if (parts.length != 3) {
			return new String[] { "", "", "" };
		}
		return new String[] { strip(parts[2]), strip(parts[1]), parts[0] };
	}

	private static String strip(String part) {
		return part.length() == 2 && part.charAt(0) == '0' ? part.substring(1) : part;
	}

	private static JsonNode date(String day, String month, String year) {
		if (day == null && month == null && year == null) {
			return null;
		}
		return NODES.stringNode(String.join("-", year == null ? "" : year, pad(month), pad(day)));
	}

	private static String pad(String part) {
		if (part == null) {
			return "";
		}
		return part.length() == 1 && Character.isDigit(part.charAt(0)) ? "0" + part : part;
	}

	private static String value(MultiValueMap<String, String> form, String name) {
		String value = form.getFirst(name);
		return value == null || value.isBlank() ? null : value.trim();
	}

}
