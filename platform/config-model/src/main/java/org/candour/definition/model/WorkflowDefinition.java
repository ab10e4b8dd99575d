package org.candour.definition.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.candour.definition.ConfigDocument;
import tools.jackson.databind.JsonNode;

/**
 * A workflow as the engine runs it: states, transitions and clocks in the order the
 * workflow document gives them. Immutable.
 *
 * @param id id of the workflow document
 * @param initialState id of the state a new case starts in
 * @param states states by id
 * @param transitions transitions in document order
 * @param clocks clocks by id
 */
public record WorkflowDefinition(String id, String initialState, Map<String, State> states,
		List<Transition> transitions, Map<String, ClockDefinition> clocks) {

	public WorkflowDefinition {
		states = Collections.unmodifiableMap(new LinkedHashMap<>(states));
		transitions = List.copyOf(transitions);
		clocks = Collections.unmodifiableMap(new LinkedHashMap<>(clocks));
	}

	/** Reads the spec of a (valid) workflow document. */
	public static WorkflowDefinition parse(ConfigDocument workflow) {
		JsonNode spec = workflow.spec();
		Map<String, State> states = new LinkedHashMap<>();
		spec.path("states").forEach(node -> {
			State state = State.read(node);
			states.put(state.id(), state);
		});
		List<Transition> transitions = new ArrayList<>();
		spec.path("transitions").forEach(node -> transitions.add(Transition.read(node)));
		Map<String, ClockDefinition> clocks = new LinkedHashMap<>();
		spec.path("clocks").forEach(node -> {
			ClockDefinition clock = ClockDefinition.read(node);
			clocks.put(clock.id(), clock);
		});
		return new WorkflowDefinition(workflow.id(), spec.path("initialState").asString(), states, transitions, clocks);
	}

	/**
	 * The state with the given id.
	 * @throws IllegalArgumentException when the workflow has no such state
	 */
	public State state(String id) {
		State state = this.states.get(id);
		if (state == null) {
			throw new IllegalArgumentException("Workflow '" + this.id + "' has no state '" + id + "'");
		}
		return state;
	}

	/**
	 * The first transition with the given action that can be taken from the current
	 * state.
	 * @throws IllegalArgumentException when the workflow has no such state
	 */
	public Optional<Transition> transition(String action, String currentState) {
		State state = state(currentState);
		return this.transitions.stream()
			.filter(transition -> transition.action().equals(action) && transition.takeableFrom(state))
			.findFirst();
	}

	/**
	 * Every transition that can be taken from the current state, in document order.
	 * @throws IllegalArgumentException when the workflow has no such state
	 */
	public List<Transition> availableFrom(String currentState) {
		State state = state(currentState);
		return this.transitions.stream().filter(transition -> transition.takeableFrom(state)).toList();
	}

	/**
	 * The clocks started by a trigger: {@code logged}, {@code transition:<action>} or
	 * {@code clockStopped:<clock id>}.
	 */
	public List<ClockDefinition> clocksStartingOn(String trigger) {
		return this.clocks.values().stream().filter(clock -> clock.startsOn().equals(trigger)).toList();
	}

}
