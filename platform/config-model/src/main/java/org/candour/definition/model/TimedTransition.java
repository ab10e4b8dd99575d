package org.candour.definition.model;

import tools.jackson.databind.JsonNode;

/**
 * "After 30 calendar days in state X, take Y": an action the system takes once a case has
 * stayed in a state for a time.
 *
 * @param state id of the state the case must stay in
 * @param after how long, counted from the moment the case entered the state
 * @param action the action to take
 */
public record TimedTransition(String state, Duration after, String action) {

	static TimedTransition read(JsonNode node) {
		JsonNode after = node.path("after");
		return new TimedTransition(Json.text(node, "in"), after.isObject() ? Duration.read(after) : null,
				Json.text(node, "take"));
	}

}
