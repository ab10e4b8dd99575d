package org.candour.definition;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * Cross-references inside and out of workflow documents: states, actions, clocks, guards,
 * effects.
 */
final class WorkflowChecks {

	private final ConfigSet set;

	private final Schemas schemas;

	private final List<Problem> problems = new ArrayList<>();

	WorkflowChecks(ConfigSet set, Schemas schemas) {
		this.set = set;
		this.schemas = schemas;
	}

	List<Problem> check() {
		Set<String> units = this.set.orgUnitIds();
		this.set.ofKind(ConfigKind.WORKFLOW).forEach(workflow -> new OneWorkflow(workflow, units).check());
		return this.problems;
	}

	private final class OneWorkflow {

		private final ConfigDocument workflow;

		private final JsonNode spec;

		private final Set<String> units;

		private final Set<String> states = new LinkedHashSet<>();

		private final Set<String> actions = new HashSet<>();

		private final Set<String> clocks = new HashSet<>();

		OneWorkflow(ConfigDocument workflow, Set<String> units) {
			this.workflow = workflow;
			this.spec = workflow.spec();
			this.units = units;
			JsonNode stateList = this.spec.path("states");
			for (int i = 0; i < stateList.size(); i++) {
				if (!this.states.add(stateList.get(i).path("id").asString(""))) {
					error("id.duplicate", "/spec/states/" + i + "/id", "State id is used more than once");
				}
			}
			this.spec.path("transitions").forEach(t -> this.actions.add(t.path("action").asString("")));
			this.spec.path("clocks").forEach(c -> this.clocks.add(c.path("id").asString("")));
		}

		void check() {
			state(this.spec.path("initialState").asString(""), "/spec/initialState");
			JsonNode transitions = this.spec.path("transitions");
			for (int i = 0; i < transitions.size(); i++) {
				checkTransition(transitions.get(i), "/spec/transitions/" + i);
			}
			JsonNode classifications = this.spec.path("triage").path("classifications");
			for (int i = 0; i < classifications.size(); i++) {
				checkClassification(classifications.get(i), "/spec/triage/classifications/" + i);
			}
			Set<String> reachable = reachable();
			JsonNode clockList = this.spec.path("clocks");
			for (int i = 0; i < clockList.size(); i++) {
				checkClock(clockList.get(i), "/spec/clocks/" + i);
			}
			boolean closable = false;
			JsonNode stateList = this.spec.path("states");
			for (int i = 0; i < stateList.size(); i++) {
				String id = stateList.get(i).path("id").asString("");
				closable |= "closed".equals(stateList.get(i).path("category").asString(""));
				checkPublicLabels(stateList.get(i), "/spec/states/" + i);
				if (!reachable.contains(id)) {
					warning("workflow.state-unreachable", "/spec/states/" + i,
							"No path from the initial state leads to state '" + id + "'");
				}
			}
			if (!closable) {
				warning("workflow.no-closed-state", "/spec/states", "No state has category 'closed'");
			}
		}

		/** The states a case can get to from the initial state ("*" leaves any state). */
		private Set<String> reachable() {
			Set<String> reached = new HashSet<>(Set.of(this.spec.path("initialState").asString("")));
			boolean grew = true;
			while (grew) {
				grew = false;
				for (JsonNode transition : this.spec.path("transitions")) {
					boolean enabled = false;
					for (JsonNode from : transition.path("from")) {
						enabled |= "*".equals(from.asString("")) || reached.contains(from.asString(""));
					}
					grew |= enabled && reached.add(transition.path("to").asString(""));
				}
			}
			return reached;
		}

		private void checkTransition(JsonNode transition, String pointer) {
			JsonNode from = transition.path("from");
			for (int i = 0; i < from.size(); i++) {
				if (!"*".equals(from.get(i).asString(""))) {
					state(from.get(i).asString(""), pointer + "/from/" + i);
				}
			}
			state(transition.path("to").asString(""), pointer + "/to");
			compiles(transition.path("inputs"), pointer + "/inputs");
			checkPickLists(transition, transition.path("inputsUi"), pointer + "/inputsUi");
			if (compiles(transition.path("guard"), pointer + "/guard")) {
				checkGuardFields(transition.path("guard"), pointer + "/guard");
			}
			JsonNode effects = transition.path("effects");
			for (int i = 0; i < effects.size(); i++) {
				checkEffect(effects.get(i), pointer + "/effects/" + i);
			}
			if (transition.path("public").asBoolean(false) && !transition.has("publicLabel")) {
				warning("workflow.public-action-unlabelled", pointer,
						"Action '" + transition.path("action").asString("")
								+ "' is public but has no publicLabel, so residents are not offered it");
			}
		}

		/** Each wording of a state that depends on the case: its condition compiles. */
		private void checkPublicLabels(JsonNode state, String pointer) {
			JsonNode labels = state.path("publicLabelWhen");
			for (int i = 0; i < labels.size(); i++) {
				String at = pointer + "/publicLabelWhen/" + i + "/when";
				if (compiles(labels.get(i).path("when"), at)) {
					checkGuardFields(labels.get(i).path("when"), at);
				}
			}
		}

		private void checkEffect(JsonNode effect, String pointer) {
			switch (effect.path("type").asString("")) {
				case "clock" -> clock(effect.path("clock").asString(""), pointer + "/clock");
				case "escalate", "reclassify" -> {
					String type = effect.path("feedbackType").asString("");
					if (!WorkflowChecks.this.set.has(ConfigKind.FEEDBACK_TYPE, type)) {
						error("ref.feedback-type-missing", pointer + "/feedbackType",
								"No feedback-type with id '" + type + "'");
					}
				}
				case "notify" -> {
					String template = effect.path("template").asString("");
					if (!WorkflowChecks.this.set.has(ConfigKind.NOTIFICATION_TEMPLATE, template)) {
						error("ref.template-missing", pointer + "/template",
								"No notification-template with id '" + template + "'");
					}
				}
				case "assign" -> {
					String unit = effect.path("value").asString("");
					if ("team".equals(effect.path("to").asString("")) && !unit.isEmpty()
							&& !this.units.contains(unit)) {
						error("ref.org-unit-missing", pointer + "/value",
								"No org unit '" + unit + "' in the org structure");
					}
				}
				default -> {
				}
			}
		}

		/**
		 * A pick-list of staff or teams ({@code options.source}) is offered to officers
		 * only, on an input without choices of its own.
		 */
		private void checkPickLists(JsonNode transition, JsonNode element, String pointer) {
			if (element.path("options").has("source")) {
				String name = element.path("scope").asString("").replace("#/properties/", "");
				JsonNode input = transition.path("inputs").path("properties").path(name);
				if (transition.path("public").asBoolean(false)) {
					error("workflow.pick-list-public", pointer + "/options/source",
							"Residents take this action: they are never offered the tenant's people or teams");
				}
				else if (input.has("enum") || input.has("oneOf") || input.has("anyOf") || input.has("const")
						|| !"string".equals(input.path("type").asString("string"))) {
					error("workflow.pick-list-input", pointer + "/options/source", "Input '" + name
							+ "' must be a string without choices of its own to take them from options.source");
				}
			}
			JsonNode elements = element.path("elements");
			for (int i = 0; i < elements.size(); i++) {
				checkPickLists(transition, elements.get(i), pointer + "/elements/" + i);
			}
		}

		/**
		 * A triage classification names a transition, and its allocation one that can be
		 * taken from the state the classification leads to.
		 */
		private void checkClassification(JsonNode classification, String pointer) {
			String action = classification.path("action").asString("");
			action(action, pointer + "/action");
			if (!classification.has("allocateWith")) {
				return;
			}
			String allocateWith = classification.path("allocateWith").asString("");
			action(allocateWith, pointer + "/allocateWith");
			Set<String> reached = new HashSet<>();
			this.spec.path("transitions").forEach(t -> {
				if (action.equals(t.path("action").asString(""))) {
					reached.add(t.path("to").asString(""));
				}
			});
			boolean takeable = false;
			for (JsonNode t : this.spec.path("transitions")) {
				if (allocateWith.equals(t.path("action").asString(""))) {
					for (JsonNode from : t.path("from")) {
						takeable |= reached.contains(from.asString("")) || "*".equals(from.asString(""));
					}
				}
			}
			if (this.actions.contains(allocateWith) && !takeable) {
				error("ref.triage-allocation-unreachable", pointer + "/allocateWith",
						"Action '" + allocateWith + "' cannot be taken from the state '" + action + "' leads to");
			}
		}

		private void checkClock(JsonNode clock, String pointer) {
			JsonNode startsOn = clock.path("startsOn");
			if (startsOn.has("transition")) {
				action(startsOn.path("transition").asString(""), pointer + "/startsOn/transition");
			}
			if (startsOn.has("clockStopped")) {
				clock(startsOn.path("clockStopped").asString(""), pointer + "/startsOn/clockStopped");
			}
			JsonNode stops = clock.path("stopsOn");
			for (int i = 0; i < stops.size(); i++) {
				action(stops.get(i).asString(""), pointer + "/stopsOn/" + i);
			}
			JsonNode paused = clock.path("pausedIn");
			for (int i = 0; i < paused.size(); i++) {
				state(paused.get(i).asString(""), pointer + "/pausedIn/" + i);
			}
		}

		private void checkGuardFields(JsonNode guard, String pointer) {
			List<ConfigDocument> forms = WorkflowChecks.this.set.formsUsedWith(this.workflow.id());
			if (forms.isEmpty()) {
				return;
			}
			Set<String> viewFields = new LinkedHashSet<>();
			FormFields.collect(guard, "", viewFields);
			Set<String> known = new HashSet<>();
			forms.forEach(form -> known.addAll(FormFields.of(form)));
			for (String field : viewFields) {
				if (field.startsWith("/data/") && !known.contains(field.substring(5))) {
					error("ref.field-missing", pointer, "The guard names data field " + field.substring(5)
							+ ", which no form used with this workflow has");
				}
			}
		}

		private boolean compiles(JsonNode schema, String pointer) {
			if (schema.isMissingNode()) {
				return false;
			}
			try {
				WorkflowChecks.this.schemas.compile(schema);
				return true;
			}
			catch (Schemas.InvalidSchemaException ex) {
				error("schema.invalid", pointer, ex.getMessage());
				return false;
			}
		}

		private void state(String id, String pointer) {
			if (!this.states.contains(id)) {
				error("ref.state-missing", pointer, "No state '" + id + "' in this workflow");
			}
		}

		private void action(String id, String pointer) {
			if (!this.actions.contains(id)) {
				error("ref.action-missing", pointer, "No transition with action '" + id + "' in this workflow");
			}
		}

		private void clock(String id, String pointer) {
			if (!this.clocks.contains(id)) {
				error("ref.clock-missing", pointer, "No clock '" + id + "' in this workflow");
			}
		}

		private void error(String code, String pointer, String message) {
			WorkflowChecks.this.problems.add(Problem.error(code, this.workflow.key(), pointer, message));
		}

		private void warning(String code, String pointer, String message) {
			WorkflowChecks.this.problems.add(Problem.warning(code, this.workflow.key(), pointer, message));
		}

	}

}
