package org.candour.definition;

import java.util.List;
import java.util.Optional;

import org.candour.definition.model.ClockAutomation;
import org.candour.definition.model.ClockDefinition;
import org.candour.definition.model.Effect;
import org.candour.definition.model.State;
import org.candour.definition.model.TimedTransition;
import org.candour.definition.model.Transition;
import org.candour.definition.model.WorkflowDefinition;

/**
 * What a workflow makes happen by itself: its clocks' {@code onWarn} and {@code onBreach}
 * effects and its timed transitions refer to templates, fields, teams, states and
 * transitions that exist, and to transitions the system can take (no required inputs).
 */
final class AutomationChecks {

	private final WorkflowReferences references;

	private final WorkflowDefinition workflow;

	AutomationChecks(WorkflowReferences references, WorkflowDefinition workflow) {
		this.references = references;
		this.workflow = workflow;
	}

	void check() {
		for (int i = 0; i < this.workflow.declaredClocks().size(); i++) {
			ClockDefinition clock = this.workflow.declaredClocks().get(i);
			ClockAutomation automation = this.workflow.clockAutomation().get(i);
			String pointer = "/spec/clocks/" + i;
			if (!automation.onWarn().isEmpty() && clock.warnBefore() == null) {
				this.references.error("workflow.warn-without-warn-before", pointer + "/onWarn", "Clock '"
						+ ReferenceChecks.text(clock.id()) + "' has onWarn effects but no warnBefore to say when");
			}
			effects(automation.onWarn(), pointer + "/onWarn");
			effects(automation.onBreach(), pointer + "/onBreach");
		}
		List<TimedTransition> timed = this.workflow.timedTransitions();
		for (int i = 0; i < timed.size(); i++) {
			timed(timed.get(i), "/spec/timedTransitions/" + i);
		}
	}

	private void effects(List<Effect> effects, String pointer) {
		for (int i = 0; i < effects.size(); i++) {
			Effect effect = effects.get(i);
			String at = pointer + "/" + i;
			if (effect instanceof Effect.Notify notify) {
				this.references.template(notify.template(), at + "/template");
			}
			else if (effect instanceof Effect.Set set) {
				this.references.automationSource(set.source(), at + "/source");
				this.references.dataField(set.target(), at + "/target");
			}
			else if (effect instanceof Effect.Assign assign) {
				this.references.automationSource(assign.source(), at + "/source");
				if ("team".equals(assign.to())) {
					this.references.team(assign.value(), at + "/value");
				}
			}
			else if (effect instanceof Effect.Take take) {
				systemAction(take.action(), at + "/action");
			}
		}
	}

	private void timed(TimedTransition timed, String pointer) {
		this.references.state(timed.state(), pointer + "/in");
		Optional<Transition> transition = systemAction(timed.action(), pointer + "/take");
		if (transition.isEmpty() || !this.workflow.states().containsKey(ReferenceChecks.text(timed.state()))) {
			return;
		}
		State state = this.workflow.state(timed.state());
		if (this.workflow.transition(timed.action(), state.id()).isEmpty()) {
			this.references.error("workflow.timed-transition-not-from-state", pointer + "/take", "Action '"
					+ timed.action() + "' cannot be taken from state '" + state.id() + "', so it would never be taken");
		}
	}

	/**
	 * The first transition with the action when there is one the system can take; reports
	 * a missing action or one that asks for required inputs.
	 */
	private Optional<Transition> systemAction(String action, String pointer) {
		List<Transition> transitions = this.workflow.transitions()
			.stream()
			.filter(transition -> ReferenceChecks.text(action).equals(transition.action()))
			.toList();
		if (transitions.isEmpty()) {
			this.references.action(ReferenceChecks.text(action), pointer);
			return Optional.empty();
		}
		if (transitions.stream().noneMatch(Transition::asksNothingRequired)) {
			this.references.error("workflow.automation-inputs-required", pointer,
					"Action '" + action + "' asks for required inputs, which nobody gives when the system takes it");
			return Optional.empty();
		}
		return Optional.of(transitions.get(0));
	}

}
