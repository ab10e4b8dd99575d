package org.candour.definition.editing;

import java.util.List;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The effects an action's page adds, written as the workflow schema has them.
 */
public final class EffectDrafts {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	/** The clock operations the page offers. */
	public static final List<String> CLOCK_OPERATIONS = List.of("start", "stop");

	/** Who a notification may go to. */
	public static final List<String> RECIPIENTS = List.of("complainant", "assignee", "team", "managers");

	private EffectDrafts() {
	}

	/** Starts or stops one of the workflow's clocks. */
	public static ObjectNode clock(String clock, String operation) {
		return effect("clock").put("clock", clock).put("operation", operation);
	}

	/** Assigns the case to a team (an org unit) or to a person (a member's id). */
	public static ObjectNode assign(String to, String value) {
		return effect("assign").put("to", to).put("value", value);
	}

	/**
	 * Opens a linked case of another type carrying the answers to these questions
	 * ({@code /data/<name>}).
	 */
	public static ObjectNode escalate(String feedbackType, List<String> carried) {
		ObjectNode effect = effect("escalate").put("feedbackType", feedbackType).put("link", "escalated-from");
		if (!carried.isEmpty()) {
			ArrayNode carry = effect.putArray("carry");
			carried.forEach(name -> carry.add("/data/" + name));
		}
		return effect;
	}

	public static ObjectNode reclassify(String feedbackType) {
		return effect("reclassify").put("feedbackType", feedbackType);
	}

	/** Closes the case with a closure reason (a code of the closure-reasons list). */
	public static ObjectNode close(String reason) {
		return effect("close").put("reason", reason);
	}

	/** Clears the closure, the reason from one of the action's inputs. */
	public static ObjectNode reopen(String input) {
		return effect("reopen").put("reasonFrom", "/inputs/" + input);
	}

	public static ObjectNode notify(String template, String to) {
		return effect("notify").put("template", template).put("to", to);
	}

	/** Links the case to the one whose reference is the answer to the input. */
	public static ObjectNode link(String relation, String input) {
		return effect("link").put("relation", relation).put("source", "/inputs/" + input);
	}

	private static ObjectNode effect(String type) {
		return NODES.objectNode().put("type", type);
	}

}
