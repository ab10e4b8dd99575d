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
 * @param triage triage in one step; {@code null} when none
 * @param clockAutomation what each clock makes happen by itself ({@code onWarn},
 * {@code onBreach}), in the order of {@code declaredClocks}
 * @param timedTransitions actions taken after a time in a state
 */
public record WorkflowDefinition(String id, String initialState, Map<String, State> states,
		List<Transition> transitions, Map<String, ClockDefinition> clocks, List<State> declaredStates,
		List<ClockDefinition> declaredClocks, Triage triage, List<ClockAutomation> clockAutomation,
		List<TimedTransition> timedTransitions) {

	public WorkflowDefinition {
		states = Collections.unmodifiableMap(new LinkedHashMap<>(states));
		transitions = List.copyOf(transitions);
		clocks = Collections.unmodifiableMap(new LinkedHashMap<>(clocks));
		declaredStates = List.copyOf(declaredStates);
		declaredClocks = List.copyOf(declaredClocks);
		clockAutomation = List.copyOf(clockAutomation);
		timedTransitions = List.copyOf(timedTransitions);
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
		List<ClockAutomation> automation = new ArrayList<>();
		spec.path("clocks").forEach(node -> automation.add(ClockAutomation.read(node)));
		List<TimedTransition> timed = new ArrayList<>();
		spec.path("timedTransitions").forEach(node -> timed.add(TimedTransition.read(node)));
		Map<String, State> states = new LinkedHashMap<>();
		declaredStates.forEach(state -> states.put(state.id(), state));
		Map<String, ClockDefinition> clocks = new LinkedHashMap<>();
		declaredClocks.forEach(clock -> clocks.put(clock.id(), clock));
		return new WorkflowDefinition(workflow.id(), spec.path("initialState").asString(), states, transitions, clocks,
				declaredStates, declaredClocks, Triage.read(spec.get("triage")), automation, timed);
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

	/** What the clock makes happen by itself (nothing when it has no such effects). */
	public ClockAutomation automation(String clock) {
		return this.clockAutomation.stream()
			.filter(automation -> clock.equals(automation.clock()))
			.findFirst()
			.orElse(new ClockAutomation(clock, List.of(), List.of()));
	}

	/** The timed transitions of a state, in document order. */
	public List<TimedTransition> timedTransitionsIn(String state) {
		return this.timedTransitions.stream().filter(timed -> state.equals(timed.state())).toList();
	}

	/** The triage classification taken by {@code action}, when the workflow has one. */
	public Optional<Triage.Classification> classification(String action) {
		return (this.triage == null) ? Optional.empty() : this.triage.classification(action);
	}

}
