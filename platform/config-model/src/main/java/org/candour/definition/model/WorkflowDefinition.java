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
 * @param declaredStates the states as the document lists them, a reused id included
 * (which validation rejects)
 * @param declaredClocks the clocks as the document lists them, a reused id included
 */
public record WorkflowDefinition(String id, String initialState, Map<String, State> states,
		List<Transition> transitions, Map<String, ClockDefinition> clocks, List<State> declaredStates,
		List<ClockDefinition> declaredClocks, Triage triage) {

	public WorkflowDefinition {
		states = Collections.unmodifiableMap(new LinkedHashMap<>(states));
		transitions = List.copyOf(transitions);
		clocks = Collections.unmodifiableMap(new LinkedHashMap<>(clocks));
		declaredStates = List.copyOf(declaredStates);
		declaredClocks = List.copyOf(declaredClocks);
	}

	/** Reads the spec of a (valid) workflow document. */
	public static WorkflowDefinition parse(ConfigDocument workflow) {
		JsonNode spec = workflow.spec();
		List<State> declaredStates = new ArrayList<>();
		spec.path("states").forEach(node -> declaredStates.add(State.read(node)));
		List<Transition> transitions = new ArrayList<>();
		spec.path("transitions").forEach(node -> transitions.add(Transition.read(node)));
		List<ClockDefinition> declaredClocks = new ArrayList<>();
		spec.path("clocks").forEach(node -> declaredClocks.add(ClockDefinition.read(node)));
		Map<String, State> states = new LinkedHashMap<>();
		declaredStates.forEach(state -> states.put(state.id(), state));
		Map<String, ClockDefinition> clocks = new LinkedHashMap<>();
		declaredClocks.forEach(clock -> clocks.put(clock.id(), clock));
		return new WorkflowDefinition(workflow.id(), spec.path("initialState").asString(), states, transitions, clocks,
				declaredStates, declaredClocks, Triage.read(spec.get("triage")));
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

	/** The triage classification taken by {@code action}, when the workflow has one. */
	public Optional<Triage.Classification> classification(String action) {
		return (this.triage == null) ? Optional.empty() : this.triage.classification(action);
	}

}
