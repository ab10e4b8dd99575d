package org.candour.admin.workflows;

import java.util.ArrayList;
import java.util.List;

import org.candour.admin.Texts;
import tools.jackson.databind.JsonNode;

/**
 * What a clock makes happen by itself ({@code onWarn}, {@code onBreach}), in words for
 * its page, which shows them and does not change them.
 *
 * @param onWarn when its warning begins
 * @param onBreach when it goes past its due date
 */
record ClockAutomationWords(List<String> onWarn, List<String> onBreach) {

	static ClockAutomationWords of(JsonNode clock) {
		return new ClockAutomationWords(words(clock.path("onWarn")), words(clock.path("onBreach")));
	}

	public boolean none() {
		return this.onWarn.isEmpty() && this.onBreach.isEmpty();
	}

	private static List<String> words(JsonNode effects) {
		List<String> words = new ArrayList<>();
		effects.forEach(effect -> words.add(sentence(effect)));
		return words;
	}

	private static String sentence(JsonNode effect) {
		return switch (effect.path("type").asString("")) {
			case "notify" -> "Email with the template ‘" + effect.path("template").asString("") + "’ to the "
					+ effect.path("to").asString("assignee");
			case "assign" -> "Assign the case to the " + effect.path("to").asString("") + " ‘"
					+ effect.path("value").asString("") + "’";
			case "set" -> "Set " + effect.path("target").asString("") + " to " + (effect.has("from")
					? "the value at " + effect.path("from").asString("") : effect.path("value").toString());
			case "transition" -> "Take the action ‘" + effect.path("action").asString("") + "’ as the system";
			default -> Texts.english(effect.get("type"), "An effect");
		};
	}

}
