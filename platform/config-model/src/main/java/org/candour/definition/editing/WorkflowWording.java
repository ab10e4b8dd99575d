package org.candour.definition.editing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;

/**
 * A workflow: its first state, states, actions (transitions) and clocks, each found by
 * its id (an action by its {@code action}, else the template it {@code uses}).
 */
final class WorkflowWording implements KindWording {

	private static final Set<String> FIELDS = Set.of("initialState", "states", "transitions", "clocks");

	@Override
	public Set<String> fields() {
		return FIELDS;
	}

	@Override
	public void describe(String name, JsonNode before, JsonNode after, Sentences out) {
		Map<String, JsonNode> statesBefore = byId(before.path("states"), state -> state.path("id").asString(""));
		Map<String, JsonNode> statesAfter = byId(after.path("states"), state -> state.path("id").asString(""));
		Function<String, String> stateName = id -> label(statesAfter.getOrDefault(id, statesBefore.get(id)), id);
		if (!before.path("initialState").equals(after.path("initialState"))) {
			out.add("Cases now start in state " + stateName.apply(after.path("initialState").asString("")) + " (was "
					+ stateName.apply(before.path("initialState").asString("")) + ")");
		}
		compare("State", statesBefore, statesAfter, out, (id, was, now) -> {
			String subject = "state " + label(now, id);
			out.renamed("State", "", was.get("label"), now.get("label"));
			out.text("label residents see", subject, was.get("publicLabel"), now.get("publicLabel"));
			out.text("description", subject, was.get("description"), now.get("description"));
			out.arrow("Category of " + subject, was.path("category").asString(null),
					now.path("category").asString(null), "");
			out.otherFields(was, now, Set.of("id", "label", "publicLabel", "description", "category"),
					Words.capitalised(subject) + ": ");
		});
		Function<JsonNode, String> actionId = transition -> transition.path("action")
			.asString(transition.path("uses").asString(""));
		compare("Action", byId(before.path("transitions"), actionId), byId(after.path("transitions"), actionId), out,
				(id, was, now) -> {
					String action = "action " + label(now, id);
					out.renamed("Action", "", was.get("label"), now.get("label"));
					List<List<String>> roles = Sentences.addedAndRemoved(was.get("roles"), now.get("roles"));
					roles.get(0).forEach(role -> out.add(Words.quoted(role) + " can now take " + action));
					roles.get(1).forEach(role -> out.add(Words.quoted(role) + " can no longer take " + action));
					List<List<String>> from = Sentences.addedAndRemoved(was.get("from"), now.get("from"));
					from.get(0)
						.forEach(state -> out
							.add(Words.capitalised(action) + " now offered in state " + stateName.apply(state)));
					from.get(1)
						.forEach(state -> out
							.add(Words.capitalised(action) + " no longer offered in state " + stateName.apply(state)));
					if (!was.path("to").equals(now.path("to"))) {
						out.add(Words.capitalised(action) + " now moves cases to "
								+ stateName.apply(now.path("to").asString("")) + " (was "
								+ stateName.apply(was.path("to").asString("")) + ")");
					}
					ActionWording.describe(action, was, now, out);
					out.otherFields(was, now, Set.of("action", "uses", "label", "roles", "from", "to", "guard",
							"guardCompare", "inputs", "effects"), Words.capitalised(action) + ": ");
				});
		Map<String, JsonNode> actionsAfter = byId(after.path("transitions"), actionId);
		Map<String, JsonNode> actionsBefore = byId(before.path("transitions"), actionId);
		Function<String, String> actionName = id -> label(actionsAfter.getOrDefault(id, actionsBefore.get(id)), id);
		compare("Clock", byId(before.path("clocks"), clock -> clock.path("id").asString("")),
				byId(after.path("clocks"), clock -> clock.path("id").asString("")), out, (id, was, now) -> {
					clock(label(now, id), was, now, out);
					ClockWording.describe("clock " + label(now, id), was, now, stateName, actionName, out);
				});
	}

	private static void clock(String name, JsonNode was, JsonNode now, Sentences out) {
		out.renamed("Clock", "", was.get("label"), now.get("label"));
		duration("Clock " + name, was.get("duration"), now.get("duration"), out);
		duration("Warning before clock " + name + " is due", was.get("warnBefore"), now.get("warnBefore"), out);
		out.text("label residents see", "clock " + name, was.get("publicLabel"), now.get("publicLabel"));
		boolean wasMoved = was.path("dueOnWorkingDay").asBoolean(false);
		boolean nowMoved = now.path("dueOnWorkingDay").asBoolean(false);
		if (wasMoved != nowMoved) {
			out.add("Clock " + name + (nowMoved ? " now moves" : " no longer moves")
					+ " a due date on a non-working day to the next working day");
		}
		out.otherFields(was, now, Set.of("id", "label", "duration", "warnBefore", "publicLabel", "dueOnWorkingDay",
				"startsOn", "stopsOn", "pausedIn", "anchor", "extension", "public"), "Clock " + name + ": ");
	}

	/** "Clock 'Stage 1 response due' 10 → 15 working days". */
	static void duration(String what, JsonNode before, JsonNode after, Sentences out) {
		DurationWords old = DurationWords.read(before);
		DurationWords now = DurationWords.read(after);
		if (old != null && now != null && old.unit().equals(now.unit())) {
			out.arrow(what, String.valueOf(old.amount()), String.valueOf(now.amount()), " " + now.units());
		}
		else if (old != null || now != null) {
			out.arrow(what, (old == null) ? null : old.toString(), (now == null) ? null : now.toString(), "");
		}
		else if (before != null || after != null) {
			out.presence(what, before, after);
		}
	}

	interface Changed {

		void describe(String id, JsonNode before, JsonNode after);

	}

	private static void compare(String what, Map<String, JsonNode> before, Map<String, JsonNode> after, Sentences out,
			Changed changed) {
		after.forEach((id, item) -> {
			if (!before.containsKey(id)) {
				out.add(what + " " + label(item, id) + " added");
			}
		});
		before.forEach((id, item) -> {
			if (!after.containsKey(id)) {
				out.add(what + " " + label(item, id) + " removed");
			}
		});
		after.forEach((id, item) -> {
			JsonNode was = before.get(id);
			if (was != null && !was.equals(item)) {
				changed.describe(id, was, item);
			}
		});
	}

	static String label(JsonNode item, String id) {
		String label = (item == null) ? null : Words.english(item.get("label"));
		return Words.quoted((label == null) ? id : label);
	}

	private static Map<String, JsonNode> byId(JsonNode items, Function<JsonNode, String> id) {
		Map<String, JsonNode> byId = new LinkedHashMap<>();
		items.forEach(item -> byId.put(id.apply(item), item));
		return byId;
	}

}
