package org.candour.definition.editing;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;

/**
 * What a changed clock now does differently, in words: what starts and stops it, what it
 * is counted from, the states it pauses in, its extension and whether residents see it
 * (its durations, warning and labels are worded by {@link WorkflowWording}).
 */
final class ClockWording {

	private ClockWording() {
	}

	/**
	 * Sentences for {@code clock} ("clock 'Stage 1 response due'"), states and actions
	 * named by the functions given.
	 */
	static void describe(String clock, JsonNode was, JsonNode now, Function<String, String> stateName,
			Function<String, String> actionName, Sentences out) {
		String subject = Words.capitalised(clock);
		if (!Objects.equals(was.get("startsOn"), now.get("startsOn"))) {
			out.add(subject + " now starts " + starts(now.get("startsOn"), actionName) + " (was "
					+ starts(was.get("startsOn"), actionName) + ")");
		}
		List<List<String>> stops = Sentences.addedAndRemoved(was.get("stopsOn"), now.get("stopsOn"));
		stops.get(0).forEach(action -> out.add("Action " + actionName.apply(action) + " now stops " + clock));
		stops.get(1).forEach(action -> out.add("Action " + actionName.apply(action) + " no longer stops " + clock));
		if (!Objects.equals(anchor(was), anchor(now))) {
			out.add(subject + " now counts from " + anchor(now) + " (was " + anchor(was) + ")");
		}
		List<List<String>> pauses = Sentences.addedAndRemoved(was.get("pausedIn"), now.get("pausedIn"));
		pauses.get(0).forEach(state -> out.add(subject + " now pauses in state " + stateName.apply(state)));
		pauses.get(1).forEach(state -> out.add(subject + " no longer pauses in state " + stateName.apply(state)));
		extension(clock, was, now, out);
		boolean shownBefore = was.path("public").asBoolean(false);
		boolean shownNow = now.path("public").asBoolean(false);
		if (shownBefore != shownNow) {
			out.add(subject + (shownNow ? " now shown to residents" : " no longer shown to residents (internal)"));
		}
	}

	private static void extension(String clock, JsonNode was, JsonNode now, Sentences out) {
		JsonNode before = was.get("extension");
		JsonNode after = now.get("extension");
		String subject = Words.capitalised(clock);
		DurationWords unit = DurationWords.read(now.get("duration"));
		String units = (unit == null) ? "" : " " + new DurationWords(2, unit.unit()).units();
		if (before == null && after != null) {
			out.add(subject + " may now be extended, by up to " + after.path("maxAmount").asInt() + units);
		}
		else if (before != null && after == null) {
			out.add(subject + " may no longer be extended");
		}
		if (before == null || after == null) {
			return;
		}
		out.arrow("Extension of " + clock + " up to", String.valueOf(before.path("maxAmount").asInt()),
				String.valueOf(after.path("maxAmount").asInt()), units);
		boolean reasonBefore = before.path("reasonRequired").asBoolean(true);
		boolean reasonNow = after.path("reasonRequired").asBoolean(true);
		if (reasonBefore != reasonNow) {
			out.add("Extending " + clock + (reasonNow ? " now needs a reason" : " no longer needs a reason"));
		}
		List<List<String>> roles = Sentences.addedAndRemoved(before.get("roles"), after.get("roles"));
		roles.get(0).forEach(role -> out.add(Words.quoted(role) + " can now extend " + clock));
		roles.get(1).forEach(role -> out.add(Words.quoted(role) + " can no longer extend " + clock));
	}

	private static String starts(JsonNode startsOn, Function<String, String> actionName) {
		if (startsOn == null) {
			return "never";
		}
		if (startsOn.has("transition")) {
			return "when action " + actionName.apply(startsOn.path("transition").asString("")) + " is taken";
		}
		if (startsOn.has("clockStopped")) {
			return "when clock " + Words.quoted(startsOn.path("clockStopped").asString("")) + " stops";
		}
		return "when the case is logged";
	}

	private static String anchor(JsonNode clock) {
		JsonNode anchor = clock.path("anchor");
		return switch (anchor.path("type").asString("start")) {
			case "received" -> "the day the case was received";
			case "field" -> "the date at " + anchor.path("pointer").asString("");
			default -> "when it starts";
		};
	}

}
