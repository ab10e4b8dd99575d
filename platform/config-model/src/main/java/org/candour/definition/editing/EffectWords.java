package org.candour.definition.editing;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * An action's effect in words, as its page lists it and the draft's changes say it, e.g.
 * "Starts the timescale ‘stage-1-response’" or "Clears the closure (reopens the case),
 * the reason from the answer ‘reason’".
 */
public final class EffectWords {

	private EffectWords() {
	}

	public static String of(JsonNode effect) {
		String type = effect.path("type").asString("");
		return switch (type) {
			case "set" -> "Records " + from(effect, "source", value(effect.path("value"))) + " as "
					+ effect.path("target").asString("");
			case "record" ->
				"Records the answers " + names(effect.path("inputs")) + " in " + effect.path("in").asString("");
			case "clock" -> clock(effect);
			case "assign" -> assign(effect);
			case "escalate" -> "Opens a linked case of type " + Words.quoted(effect.path("feedbackType").asString(""))
					+ (effect.path("carry").isEmpty() ? "" : ", carrying " + names(effect.path("carry")));
			case "reclassify" ->
				"Changes the feedback type to " + Words.quoted(effect.path("feedbackType").asString(""));
			case "close" -> "Closes the case"
					+ (effect.has("reason") ? " with the reason " + Words.quoted(effect.path("reason").asString(""))
							: effect.has("reasonFrom") ? ", the reason " + from(effect, "reasonFrom", "") : "");
			case "reopen" -> "Clears the closure (reopens the case), the reason " + from(effect, "reasonFrom", "");
			case "notify" -> "Sends " + Words.quoted(effect.path("template").asString("")) + " to the "
					+ effect.path("to").asString("");
			case "link" -> "Links the case as " + effect.path("relation").asString("").replace('-', ' ') + " the case "
					+ from(effect, "source", "");
			case "transition" -> "Takes the action " + Words.quoted(effect.path("action").asString(""));
			default -> "Does ‘" + type + "’";
		};
	}

	/** The action's inputs the effect reads. */
	static List<String> inputs(JsonNode effect) {
		List<String> names = new ArrayList<>();
		for (String field : List.of("source", "reasonFrom", "amountFrom")) {
			String pointer = effect.path(field).asString("");
			if (pointer.startsWith("/inputs/")) {
				names.add(pointer.substring("/inputs/".length()).split("/")[0]);
			}
		}
		effect.path("carry").forEach(pointer -> {
			if (pointer.asString("").startsWith("/inputs/")) {
				names.add(pointer.asString("").substring("/inputs/".length()));
			}
		});
		if ("record".equals(effect.path("type").asString(""))) {
			JsonNode inputs = effect.path("inputs");
			if (inputs.isArray()) {
				inputs.forEach(name -> names.add(name.asString("")));
			}
			else {
				inputs.propertyNames().forEach(names::add);
			}
		}
		return names;
	}

	/** A fixed value in words, never as JSON. */
	private static String value(JsonNode value) {
		if (value.isString()) {
			return Words.quoted(value.asString());
		}
		return value.isValueNode() ? value.asString() : "a fixed value";
	}

	private static String clock(JsonNode effect) {
		String operation = effect.path("operation").asString("");
		String verb = switch (operation) {
			case "start" -> "Starts";
			case "stop" -> "Stops";
			case "pause" -> "Pauses";
			case "resume" -> "Resumes";
			case "extend" -> "Extends";
			case "restart" -> "Restarts";
			default -> operation;
		};
		return verb + " the timescale " + Words.quoted(effect.path("clock").asString(""));
	}

	private static String assign(JsonNode effect) {
		String who = "officer".equals(effect.path("to").asString("")) ? "person" : "team";
		if (effect.has("source")) {
			return "Assigns the case to the " + who + " " + from(effect, "source", "");
		}
		String value = effect.path("value").asString("");
		return value.isEmpty() ? "Clears the assigned " + who
				: "Assigns the case to the " + who + " " + Words.quoted(value);
	}

	private static String from(JsonNode effect, String field, String otherwise) {
		String pointer = effect.path(field).asString(null);
		if (pointer == null) {
			return otherwise;
		}
		return pointer.startsWith("/inputs/") ? "from the answer " + Words.quoted(pointer.substring(8))
				: "from " + pointer;
	}

	private static String names(JsonNode items) {
		List<String> names = new ArrayList<>();
		if (items.isObject()) {
			items.propertyNames().forEach(name -> names.add(Words.quoted(name)));
		}
		else {
			items.forEach(item -> names.add(Words.quoted(item.asString("").replaceFirst("^/(inputs|data)/", ""))));
		}
		return String.join(", ", names);
	}

}
