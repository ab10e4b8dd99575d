package org.candour.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.candour.workflow.CaseClock;
import org.candour.definition.model.ClockDefinition;
import org.candour.definition.model.State;
import org.candour.definition.model.Transition;
import org.candour.definition.model.WorkflowDefinition;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;

/**
 * What a resident may see of their case and do with it from the tracking page (they have
 * no account: the signed link is their proof): the status in the workflow's plain words
 * (the state's {@code publicLabel}, or the first of its {@code publicLabelWhen} the case
 * matches), the key dates of its {@code public} clocks, and the actions the workflow
 * marks {@code public} and words for residents (such as asking for a stage 2 review).
 * Nothing else of the case is exposed; internal clocks and officer wording never are.
 */
@Service
public class ResidentTracking {

	private static final String ESCALATED_TO = "escalated-to";

	private final Cases cases;

	private final CaseConfigurations configurations;

	private final CaseActions actions;

	private final GuardCheck conditions;

	private final JsonMapper json;

	ResidentTracking(Cases cases, CaseConfigurations configurations, CaseActions actions, GuardCheck conditions,
			JsonMapper json) {
		this.cases = cases;
		this.configurations = configurations;
		this.actions = actions;
		this.conditions = conditions;
		this.json = json;
	}

	/**
	 * The case a tracking link names: found by its storage id (never by the reference
	 * alone), and only while it has the reference the link was issued for.
	 */
	public Optional<TrackedCase> find(String caseId, CaseReference reference) {
		return this.cases.byId(caseId).filter(found -> found.reference().equals(reference.value())).map(this::tracked);
	}

	/**
	 * The other stages of the resident's case, as they see them: the case it was
	 * escalated to, and the case it was escalated from. Only escalations count (the one
	 * case names the other {@code escalated-to} and is named back): links staff make
	 * between cases ({@code related}, {@code duplicate-of}) may lead to someone else's
	 * case, so they never do.
	 */
	public List<Stage> stages(TrackedCase tracked) {
		List<Stage> stages = new ArrayList<>();
		for (CaseLink link : tracked.links()) {
			this.cases.byReference(link.reference()).ifPresent(other -> {
				boolean later = ESCALATED_TO.equals(link.relation()) && names(other, null, tracked.reference());
				if (later || names(other, ESCALATED_TO, tracked.reference())) {
					stages.add(new Stage(later, other, tracked(other)));
				}
			});
		}
		return stages;
	}

	/**
	 * Whether {@code other} links to {@code reference} (by {@code relation}, if given).
	 */
	private static boolean names(FeedbackCase other, String relation, String reference) {
		return other.current()
			.links()
			.stream()
			.anyMatch(back -> back.reference().equals(reference)
					&& (relation == null || relation.equals(back.relation())));
	}

	/**
	 * Takes a public action for the resident; refused like any action when the case has
	 * moved on (409) or the inputs are wrong (422).
	 */
	public TrackedCase request(ResidentRequest command) {
		return tracked(this.actions.takeAsResident(command));
	}

	private TrackedCase tracked(FeedbackCase found) {
		CaseState current = found.current();
		CaseConfiguration configuration = this.configurations.pinned(found.configVersion(), current.feedbackType());
		WorkflowDefinition workflow = configuration.workflow();
		State state = workflow.state(current.state());
		List<TrackedClock> clocks = new ArrayList<>();
		for (CaseClock clock : current.clocks()) {
			ClockDefinition definition = workflow.clocks().get(clock.id());
			if (definition != null && definition.shownToResidents()) {
				clocks.add(new TrackedClock(clock.id(), definition.publicLabel(), clock.dueDate(), clock.stoppedAt(),
						clock.status() == CaseClock.Status.RUNNING && !clock.paused(), clock.paused(),
						clock.overdue()));
			}
		}
		List<Transition> publicActions = workflow.availableFrom(current.state())
			.stream()
			.filter(Transition::offeredToResidents)
			.toList();
		JsonNode title = configuration.feedbackType().publicTitle();
		return new TrackedCase(found.reference(), current.feedbackType(),
				title == null ? configuration.feedbackType().title() : title, state.label(),
				publicLabel(configuration, state, current), current.stateCategory(), found.receivedAt(),
				current.closedAt(), clocks, current.links(), publicActions);
	}

	/**
	 * The state's resident wording for this case: the first conditional one it matches.
	 */
	private JsonNode publicLabel(CaseConfiguration configuration, State state, CaseState current) {
		if (state.publicLabelWhen() != null) {
			JsonNode view = CaseView.of(current, null, this.json);
			for (JsonNode wording : state.publicLabelWhen()) {
				if (this.conditions.matches(configuration, wording.path("when"), view)) {
					return wording.path("publicLabel");
				}
			}
		}
		return state.publicLabel();
	}

	/**
	 * A case as its resident sees it.
	 *
	 * @param reference the case reference
	 * @param feedbackType the feedback type id
	 * @param feedbackTypeTitle its name for residents: its {@code publicTitle}, else its
	 * title (i18n text)
	 * @param stateLabel the state's label (i18n text)
	 * @param publicLabel the state's plain words for residents for this case (i18n text),
	 * if configured
	 * @param stateCategory new, open, waiting or closed
	 * @param receivedAt when the case was received
	 * @param closedAt when it was closed, if it is
	 * @param clocks its public clocks (acknowledgement, response…)
	 * @param links its linked cases (e.g. the stage 2 review)
	 * @param publicActions actions the resident may take now (public, with resident
	 * wording)
	 */
	public record TrackedCase(String reference, String feedbackType, JsonNode feedbackTypeTitle, JsonNode stateLabel,
			JsonNode publicLabel, String stateCategory, Instant receivedAt, Instant closedAt, List<TrackedClock> clocks,
			List<CaseLink> links, List<Transition> publicActions) {

		public Optional<Transition> publicAction(String action) {
			return this.publicActions.stream().filter(transition -> transition.action().equals(action)).findFirst();
		}

	}

	/**
	 * Another stage of a resident's case.
	 *
	 * @param later whether it is the next stage (this case was escalated to it), rather
	 * than the one before
	 * @param feedbackCase the case (to issue its tracking link)
	 * @param tracked the case as its resident sees it
	 */
	public record Stage(boolean later, FeedbackCase feedbackCase, TrackedCase tracked) {
	}

	/**
	 * One of the case's clocks.
	 *
	 * @param id the clock id
	 * @param label what it measures in residents' words, its {@code publicLabel} (i18n
	 * text)
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
