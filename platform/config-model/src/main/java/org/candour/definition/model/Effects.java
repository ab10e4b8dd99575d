package org.candour.definition.model;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/** Reads the effects of a transition, chosen by their {@code type}. */
final class Effects {

	private Effects() {
	}

	static List<Effect> read(JsonNode effects) {
		List<Effect> read = new ArrayList<>();
		if (effects != null) {
			effects.forEach(effect -> read.add(readOne(effect)));
		}
		return List.copyOf(read);
	}

	static Effect readOne(JsonNode effect) {
		String type = Json.text(effect, "type");
		return switch (type == null ? "" : type) {
			case "set" ->
				new Effect.Set(Json.text(effect, "target"), Json.text(effect, "source"), Json.node(effect, "value"));
			case "clock" -> new Effect.Clock(Json.text(effect, "clock"), Json.text(effect, "operation"),
					Json.text(effect, "amountFrom"), Json.text(effect, "reasonFrom"));
			case "assign" ->
				new Effect.Assign(Json.text(effect, "to"), Json.text(effect, "source"), Json.text(effect, "value"));
			case "escalate" -> new Effect.Escalate(Json.text(effect, "feedbackType"), Json.text(effect, "link"),
					Json.strings(effect, "carry"));
			case "reclassify" -> new Effect.Reclassify(Json.text(effect, "feedbackType"));
			case "close" -> new Effect.Close(Json.text(effect, "reason"), Json.text(effect, "reasonFrom"));
			case "reopen" -> new Effect.Reopen(Json.text(effect, "reasonFrom"));
			case "notify" -> new Effect.Notify(Json.text(effect, "template"), Json.text(effect, "to"));
			case "link" -> new Effect.Link(Json.text(effect, "relation"), Json.text(effect, "source"));
			case "transition" -> new Effect.Take(Json.text(effect, "action"));
			default -> throw new IllegalArgumentException("Unknown effect type '" + type + "'");
		};
	}

}
