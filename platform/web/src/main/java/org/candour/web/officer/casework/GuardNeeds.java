package org.candour.web.officer.casework;

import java.util.LinkedHashSet;
import java.util.Set;

import org.candour.cases.CaseState;
import org.candour.definition.FormFields;
import org.candour.definition.model.Effect;
import org.candour.definition.model.Transition;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The inputs of an action that its guard needs for this case: a {@code set} effect copies
 * the input to a place ({@code /outcome/learning}) that the guard may require, and the
 * case has nothing there yet. Such an input is never marked optional, though the inputs'
 * own schema leaves it out of {@code required}.
 */
final class GuardNeeds {

	private GuardNeeds() {
	}

	static Set<String> of(Transition transition, CaseState state) {
		Set<String> needed = new LinkedHashSet<>();
		if (transition.guard() == null) {
			return needed;
		}
		Set<String> required = FormFields.required(transition.guard());
		ObjectNode view = JsonNodeFactory.instance.objectNode();
		view.set("data", state.data());
		view.set("outcome", state.outcome());
		view.set("meta", state.meta());
		for (Effect effect : transition.effects()) {
			if (effect instanceof Effect.Set set && set.source() != null && set.source().startsWith("/inputs/")
					&& required.contains(set.target()) && empty(view.at(set.target()))) {
				needed.add(set.source().substring("/inputs/".length()));
			}
		}
		return needed;
	}

	private static boolean empty(JsonNode value) {
		return value == null || value.isMissingNode() || value.isNull()
				|| value.isString() && value.asString().isBlank();
	}

}
