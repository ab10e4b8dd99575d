package org.candour.definition.normal;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A workflow in canonical form: each transition expanded, clock durations and timed
 * transitions' {@code after} written as words turned into {@code {amount, unit}}, role
 * sets in clock extensions expanded, code lists in state wordings' conditions expanded.
 */
final class WorkflowExpansion {

	private final Library library;

	private final TransitionExpansion transitions;

	WorkflowExpansion(Library library) {
		this.library = library;
		this.transitions = new TransitionExpansion(library);
	}

	ObjectNode expand(JsonNode workflow) {
		ObjectNode copy = (ObjectNode) workflow.deepCopy();
		JsonNode spec = copy.path("spec");
		if (spec.get("transitions") instanceof ArrayNode list) {
			for (int i = 0; i < list.size(); i++) {
				list.set(i, this.transitions.expand(list.get(i)));
			}
		}
		for (JsonNode clock : spec.path("clocks")) {
			Durations.expand(clock, "duration");
			Durations.expand(clock, "warnBefore");
			RoleSets.expand(clock.path("extension"), "roles", this.library);
		}
		for (JsonNode timed : spec.path("timedTransitions")) {
			Durations.expand(timed, "after");
		}
		for (JsonNode state : spec.path("states")) {
			state.path("publicLabelWhen")
				.forEach(wording -> SchemaExpansion.checking(this.library).expand(wording.path("when")));
		}
		return copy;
	}

}
