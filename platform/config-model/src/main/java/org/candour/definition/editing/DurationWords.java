package org.candour.definition.editing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * A duration as written, either {@code {"amount": 10, "unit": "working-days"}} or the
 * lean {@code "10 working days"}, read as an amount and a unit in words.
 */
record DurationWords(int amount, String unit) {

	private static final Pattern WORDS = Pattern
		.compile("^(\\d{1,6}) (working day|calendar day|calendar month)s?$|^(\\d{1,6}) hours?$");

	/** The duration, or {@code null} when absent or not a duration. */
	static DurationWords read(JsonNode node) {
		if (node == null) {
			return null;
		}
		if (node.isObject() && node.path("amount").isNumber()) {
			String unit = node.path("unit").asString("");
			return new DurationWords(node.path("amount").asInt(),
					"hours".equals(unit) ? "hour" : unit.replace("-days", " day").replace("-months", " month"));
		}
		Matcher words = WORDS.matcher(node.asString(""));
		if (!node.isString() || !words.matches()) {
			return null;
		}
		return (words.group(1) != null) ? new DurationWords(Integer.parseInt(words.group(1)), words.group(2))
				: new DurationWords(Integer.parseInt(words.group(3)), "hour");
	}

	/** The unit for this amount: {@code working days}, {@code hour}. */
	String units() {
		return (this.amount == 1) ? this.unit : this.unit + "s";
	}

	@Override
	public String toString() {
		return this.amount + " " + units();
	}

}
