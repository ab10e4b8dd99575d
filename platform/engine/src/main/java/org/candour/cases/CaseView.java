package org.candour.cases;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The document guards, set effects and anchors read: {@code {data, outcome, meta, clocks,
 * inputs}}, where {@code clocks} maps each clock id to its status, due date and dates.
 */
final class CaseView {

	private CaseView() {
	}

	static ObjectNode of(CaseState state, JsonNode inputs, JsonMapper json) {
		ObjectNode view = json.createObjectNode();
		view.set("data", state.data());
		view.set("outcome", state.outcome());
		view.set("meta", state.meta());
		ObjectNode clocks = view.putObject("clocks");
		state.clocks().forEach(clock -> clocks.set(clock.id(), json.valueToTree(clock)));
		view.put("state", state.state());
		view.put("feedbackType", state.feedbackType());
		view.set("inputs", inputs == null ? json.createObjectNode() : inputs);
		return view;
	}

}
