package org.candour.definition;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

import org.candour.definition.model.Effect;
import org.candour.definition.model.Transition;
import org.candour.definition.model.UiElement;

/**
 * What one transition refers to: states, its schemas, pick-lists, its effects' targets.
 */
final class TransitionChecks {

	private final WorkflowReferences references;

	TransitionChecks(WorkflowReferences references) {
		this.references = references;
	}

	void check(Transition transition, String pointer) {
		for (int i = 0; i < transition.from().size(); i++) {
			if (!"*".equals(transition.from().get(i))) {
				this.references.state(transition.from().get(i), pointer + "/from/" + i);
			}
		}
		this.references.state(transition.to(), pointer + "/to");
		transition.roles().forEach(role -> this.references.role(role, pointer + "/roles"));
		this.references.compiles(transition.inputs(), pointer + "/inputs");
		if (transition.inputsLayout() != null) {
			checkPickLists(transition, transition.inputsLayout(), pointer + "/inputsUi");
		}
		this.references.guard(transition.guard(), pointer + "/guard");
		for (int i = 0; i < transition.comparisons().size(); i++) {
			this.references.comparedFields(transition.comparisons().get(i).fields(), pointer + "/guardCompare/" + i);
		}
		for (int i = 0; i < transition.effects().size(); i++) {
			checkEffect(transition.effects().get(i), pointer + "/effects/" + i);
		}
		checkReopening(transition, pointer);
		if (transition.publicAction() && transition.publicLabel() == null) {
			this.references.warning("workflow.public-action-unlabelled", pointer,
					"Action '" + ReferenceChecks.text(transition.action())
							+ "' is public but has no publicLabel, so residents are not offered it");
		}
	}

	/**
	 * A transition from closed states to one that is not closed reopens the case, so it
	 * says so with a {@code reopen} effect whose reason is a required input; a
	 * {@code reopen} effect anywhere else is a mistake.
	 */
	private void checkReopening(Transition transition, String pointer) {
		String action = ReferenceChecks.text(transition.action());
		boolean fromClosed = !transition.from().isEmpty()
				&& transition.from().stream().allMatch(from -> this.references.closed(ReferenceChecks.text(from)));
		boolean anyFromClosed = transition.from()
			.stream()
			.anyMatch(from -> this.references.closed(ReferenceChecks.text(from)));
		boolean toOpen = !this.references.closed(ReferenceChecks.text(transition.to()));
		for (int i = 0; i < transition.effects().size(); i++) {
			if (transition.effects().get(i) instanceof Effect.Reopen reopen) {
				String at = pointer + "/effects/" + i;
				if (!fromClosed || !toOpen) {
					this.references.error("workflow.reopen-not-from-closed", at, "Action '" + action
							+ "' reopens the case, so it must go from closed states only to a state that is not closed");
				}
				String reason = reopen.reasonFrom();
				String input = (reason != null && reason.startsWith("/inputs/")) ? reason.substring("/inputs/".length())
						: null;
				if (input == null || !required(transition.inputs(), input)) {
					this.references.error("workflow.reopen-reason-optional", at + "/reasonFrom", "Action '" + action
							+ "' reopens the case, so its reason must be a required input of the action");
				}
				return;
			}
		}
		if (anyFromClosed && toOpen) {
			this.references.error("workflow.reopen-missing", pointer, "Action '" + action
					+ "' takes a closed case to a state that is not closed: add a reopen effect with its reason");
		}
	}

	private static boolean required(JsonNode inputs, String name) {
		if (inputs == null) {
			return false;
		}
		for (JsonNode field : inputs.path("required")) {
			if (name.equals(field.asString(""))) {
				return inputs.path("properties").has(name);
			}
		}
		return false;
	}

	private void checkEffect(Effect effect, String pointer) {
		if (effect instanceof Effect.Clock clock) {
			this.references.clock(clock.clock(), pointer + "/clock");
		}
		else if (effect instanceof Effect.Escalate escalate) {
			this.references.feedbackType(escalate.feedbackType(), pointer + "/feedbackType");
		}
		else if (effect instanceof Effect.Reclassify reclassify) {
			this.references.feedbackType(reclassify.feedbackType(), pointer + "/feedbackType");
		}
		else if (effect instanceof Effect.Notify notify) {
			this.references.template(notify.template(), pointer + "/template");
		}
		else if (effect instanceof Effect.Assign assign && "team".equals(assign.to())) {
			this.references.team(assign.value(), pointer + "/value");
		}
	}

	/**
	 * A pick-list of staff or teams ({@code options.source}) is offered to officers only,
	 * on an input without choices of its own.
	 */
	private void checkPickLists(Transition transition, UiElement element, String pointer) {
		if (element.source() != null) {
			String name = ReferenceChecks.text(element.scope()).replace("#/properties/", "");
			if (transition.publicAction()) {
				this.references.error("workflow.pick-list-public", pointer + "/options/source",
						"Residents take this action: they are never offered the tenant's people or teams");
			}
			else if (!isPlainString(input(transition.inputs(), name))) {
				this.references.error("workflow.pick-list-input", pointer + "/options/source", "Input '" + name
						+ "' must be a string without choices of its own to take them from options.source");
			}
		}
		for (int i = 0; i < element.elements().size(); i++) {
			checkPickLists(transition, element.elements().get(i), pointer + "/elements/" + i);
		}
	}

	/**
	 * The schema of one input in the inputs schema (a missing node when not declared).
	 */
	private static JsonNode input(JsonNode inputs, String name) {
		return (inputs != null) ? inputs.path("properties").path(name) : MissingNode.getInstance();
	}

	/** Whether an input schema is a string without choices of its own (or undeclared). */
	private static boolean isPlainString(JsonNode input) {
		return !(input.has("enum") || input.has("oneOf") || input.has("anyOf") || input.has("const"))
				&& "string".equals(input.path("type").asString("string"));
	}

}
