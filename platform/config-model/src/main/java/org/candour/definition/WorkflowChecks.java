package org.candour.definition;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.candour.definition.model.ClockDefinition;
import org.candour.definition.model.Duration;
import org.candour.definition.model.Effect;
import org.candour.definition.model.CompiledConfiguration;
import org.candour.definition.model.State;
import org.candour.definition.model.Transition;
import org.candour.definition.model.Triage;
import org.candour.definition.model.WorkflowDefinition;

/**
 * Cross-references inside and out of workflow documents: states, actions, clocks, guards,
 * effects ({@link TransitionChecks}); and whether every state can be reached and a case
 * can close.
 */
final class WorkflowChecks {

	private final CompiledConfiguration configuration;

	private final List<Problem> problems = new ArrayList<>();

	WorkflowChecks(CompiledConfiguration configuration) {
		this.configuration = configuration;
	}

	List<Problem> check() {
		Set<String> units = ReferenceChecks.unitIds(this.configuration);
		this.configuration.workflows().values().forEach(workflow -> check(workflow, units));
		return this.problems;
	}

	private void check(WorkflowDefinition workflow, Set<String> units) {
		WorkflowReferences references = new WorkflowReferences(this.configuration, workflow, units, this.problems);
		references.state(workflow.initialState(), "/spec/initialState");
		TransitionChecks transitions = new TransitionChecks(references);
		for (int i = 0; i < workflow.transitions().size(); i++) {
			transitions.check(workflow.transitions().get(i), "/spec/transitions/" + i);
		}
		if (workflow.triage() != null) {
			List<Triage.Classification> classifications = workflow.triage().classifications();
			for (int i = 0; i < classifications.size(); i++) {
				checkClassification(references, workflow, classifications.get(i), "/spec/triage/classifications/" + i);
			}
		}
		Set<String> reachable = reachable(workflow);
		for (int i = 0; i < workflow.declaredClocks().size(); i++) {
			checkClock(references, workflow.declaredClocks().get(i), "/spec/clocks/" + i);
		}
		new AutomationChecks(references, workflow).check();
		boolean closable = false;
		for (int i = 0; i < workflow.declaredStates().size(); i++) {
			State state = workflow.declaredStates().get(i);
			closable |= state.closed();
			for (int j = 0; j < state.conditionalLabels().size(); j++) {
				references.guard(state.conditionalLabels().get(j).when(),
						"/spec/states/" + i + "/publicLabelWhen/" + j + "/when");
			}
			if (!reachable.contains(ReferenceChecks.text(state.id()))) {
				references.warning("workflow.state-unreachable", "/spec/states/" + i,
						"No path from the initial state leads to state '" + ReferenceChecks.text(state.id()) + "'");
			}
			if (!state.closed() && !leavable(workflow, state)) {
				references.warning("workflow.state-dead-end", "/spec/states/" + i,
						"State '" + ReferenceChecks.text(state.id()) + "' is not closed and no action leads out of it");
			}
		}
		if (!closable) {
			references.warning("workflow.no-closed-state", "/spec/states", "No state has category 'closed'");
		}
	}

	/** Whether some action takes a case in the state to another state. */
	private static boolean leavable(WorkflowDefinition workflow, State state) {
		return workflow.transitions()
			.stream()
			.anyMatch(transition -> !state.id().equals(transition.to())
					&& (transition.from().contains(state.id()) || transition.from().contains("*")));
	}

	/** The states a case can get to from the initial state ("*" leaves any state). */
	private static Set<String> reachable(WorkflowDefinition workflow) {
		Set<String> reached = new HashSet<>(Set.of(ReferenceChecks.text(workflow.initialState())));
		boolean grew = true;
		while (grew) {
			grew = false;
			for (Transition transition : workflow.transitions()) {
				boolean enabled = transition.from()
					.stream()
					.anyMatch(from -> "*".equals(from) || reached.contains(from));
				grew |= enabled && reached.add(ReferenceChecks.text(transition.to()));
			}
		}
		return reached;
	}

	/**
	 * A triage classification names a transition, and its allocation one that can be
	 * taken from the state the classification leads to.
	 */
	private static void checkClassification(WorkflowReferences references, WorkflowDefinition workflow,
			Triage.Classification classification, String pointer) {
		String action = ReferenceChecks.text(classification.action());
		references.action(action, pointer + "/action");
		String allocateWith = classification.allocateWith();
		if (allocateWith == null) {
			return;
		}
		references.action(allocateWith, pointer + "/allocateWith");
		Set<String> reached = new HashSet<>();
		workflow.transitions()
			.stream()
			.filter(transition -> action.equals(transition.action()))
			.forEach(transition -> reached.add(ReferenceChecks.text(transition.to())));
		List<Transition> allocations = workflow.transitions()
			.stream()
			.filter(transition -> allocateWith.equals(transition.action()))
			.toList();
		boolean takeable = allocations.stream()
			.anyMatch(transition -> transition.from()
				.stream()
				.anyMatch(from -> reached.contains(from) || "*".equals(from)));
		boolean reclassifies = workflow.transitions()
			.stream()
			.filter(transition -> action.equals(transition.action()))
			.anyMatch(transition -> transition.effects().stream().anyMatch(Effect.Reclassify.class::isInstance));
		if (reclassifies) {
			references.error("ref.triage-allocation-unreachable", pointer + "/allocateWith", "Action '" + action
					+ "' reclassifies the case, so '" + allocateWith + "' would be taken in another workflow");
			return;
		}
		if (!allocations.isEmpty() && !takeable) {
			references.error("ref.triage-allocation-unreachable", pointer + "/allocateWith",
					"Action '" + allocateWith + "' cannot be taken from the state '" + action + "' leads to");
		}
	}

	private static void checkClock(WorkflowReferences references, ClockDefinition clock, String pointer) {
		if (clock.startingAction() != null) {
			references.action(clock.startingAction(), pointer + "/startsOn/transition");
		}
		if (clock.startingClock() != null) {
			references.clock(clock.startingClock(), pointer + "/startsOn/clockStopped");
		}
		int i = 0;
		for (String action : clock.stopsOn()) {
			references.action(action, pointer + "/stopsOn/" + i++);
		}
		i = 0;
		for (String state : clock.pausedIn()) {
			references.state(state, pointer + "/pausedIn/" + i++);
		}
		if (clock.dueOnWorkingDay() && clock.duration().unit() == Duration.Unit.HOURS) {
			references.error("workflow.due-on-working-day-in-hours", pointer + "/dueOnWorkingDay",
					"Only a clock in calendar days or calendar months moves its due date to a working day");
		}
	}

}
