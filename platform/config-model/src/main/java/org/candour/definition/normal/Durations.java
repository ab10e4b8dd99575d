package org.candour.definition.normal;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Durations written as words: {@code "10 working days"}, {@code "1 calendar day"},
 * {@code "1 calendar month"}, {@code "48 hours"} become {@code {"amount": 10, "unit":
 * "working-days"}}.
 */
final class Durations {

	static final Pattern WORDS = Pattern.compile("^(\\d{1,6}) (working days?|calendar days?|calendar months?|hours?)$");

	private static final Map<String, String> UNITS = Map.of("working day", "working-days", "working days",
			"working-days", "calendar day", "calendar-days", "calendar days", "calendar-days", "calendar month",
			"calendar-months", "calendar months", "calendar-months", "hour", "hours", "hours", "hours");

	private Durations() {
	}

	/**
	 * Expands the duration at {@code field} of {@code owner} (in place) when it is words.
	 */
	static void expand(JsonNode owner, String field) {
		if (!(owner instanceof ObjectNode object) || !object.path(field).isString()) {
			return;
		}
		Matcher words = WORDS.matcher(object.path(field).asString());
		if (words.matches()) {
			ObjectNode duration = object.putObject(field);
			duration.put("amount", Integer.parseInt(words.group(1)));
			duration.put("unit", UNITS.get(words.group(2)));
		}
	}

}
