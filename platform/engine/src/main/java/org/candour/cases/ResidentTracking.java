package org.candour.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.candour.workflow.CaseClock;
import org.candour.workflow.ClockDefinition;
import org.candour.workflow.State;
import org.candour.workflow.Transition;
import org.candour.workflow.WorkflowDefinition;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Service;

/**
 * What a resident may see of their case and do with it from the tracking page (they have
 * no account: the signed link is their proof): the status in the workflow's plain words,
 * the key dates, and the actions the workflow marks {@code public} (such as asking for a
 * stage 2 review). Nothing else of the case is exposed.
 */
@Service
public class ResidentTracking {

	private final Cases cases;

	private final CaseConfigurations configurations;

	private final CaseActions actions;

	ResidentTracking(Cases cases, CaseConfigurations configurations, CaseActions actions) {
		this.cases = cases;
		this.configurations = configurations;
		this.actions = actions;
	}

	/**
	 * The case a tracking link names: found by its storage id (never by the reference
	 * alone), and only while it has the reference the link was issued for.
	 */
	public Optional<TrackedCase> find(String caseId, CaseReference reference) {
		return this.cases.byId(caseId).filter(found -> found.reference().equals(reference.value())).map(this::tracked);
	}

	/**
	 * Takes a public action for the resident; refused like any action when the case has
	 * moved on (409) or the inputs are wrong (422).
	 */
	public TrackedCase request(CaseReference reference, String action, JsonNode inputs) {
		return tracked(this.actions.takeAsResident(reference.value(), action, inputs));
	}

	private TrackedCase tracked(FeedbackCase found) {
		CaseState current = found.current();
		CaseConfiguration configuration = this.configurations.pinned(found.configVersion(), current.feedbackType());
		WorkflowDefinition workflow = configuration.workflow();
		State state = workflow.state(current.state());
		List<TrackedClock> clocks = new ArrayList<>();
		for (CaseClock clock : current.clocks()) {
			ClockDefinition definition = workflow.clocks().get(clock.id());
			clocks.add(new TrackedClock(clock.id(), definition == null ? null : definition.label(), clock.dueDate(),
					clock.stoppedAt(), clock.status() == CaseClock.Status.RUNNING && !clock.paused(), clock.paused(),
					clock.overdue()));
		}
		List<Transition> publicActions = workflow.availableFrom(current.state())
			.stream()
			.filter(Transition::publicAction)
			.toList();
		return new TrackedCase(found.reference(), current.feedbackType(), configuration.feedbackType().title(),
				state.label(), state.publicLabel(), current.stateCategory(), found.receivedAt(), current.closedAt(),
				clocks, current.links(), publicActions);
	}

	/**
	 * A case as its resident sees it.
	 *
	 * @param reference the case reference
	 * @param feedbackType the feedback type id
	 * @param feedbackTypeTitle its configured title (i18n text)
	 * @param stateLabel the state's label (i18n text)
	 * @param publicLabel the state's plain words for residents (i18n text), if configured
	 * @param stateCategory new, open, waiting or closed
	 * @param receivedAt when the case was received
	 * @param closedAt when it was closed, if it is
	 * @param clocks its clocks (acknowledgement, response…)
	 * @param links its linked cases (e.g. the stage 2 review)
	 * @param publicActions actions the resident may take now
	 */
	public record TrackedCase(String reference, String feedbackType, JsonNode feedbackTypeTitle, JsonNode stateLabel,
			JsonNode publicLabel, String stateCategory, Instant receivedAt, Instant closedAt, List<TrackedClock> clocks,
			List<CaseLink> links, List<Transition> publicActions) {

		public Optional<Transition> publicAction(String action) {
			return this.publicActions.stream().filter(transition -> transition.action().equals(action)).findFirst();
		}

	}

	/**
	 * One of the case's clocks.
	 *
	 * @param id the clock id
	 * @param label its configured label (i18n text)
	 * @param dueDate when it is due
	 * @param stoppedAt when it was met (stopped), if it was
	 * @param running whether it is counting now
	 * @param paused whether it is paused (waiting for the resident, say)
	 * @param overdue whether it is past its due date
	 */
	public record TrackedClock(String id, JsonNode label, LocalDate dueDate, Instant stoppedAt, boolean running,
			boolean paused, boolean overdue) {
	}

}
