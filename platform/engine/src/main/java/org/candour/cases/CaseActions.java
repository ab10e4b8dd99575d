package org.candour.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.candour.api.Actors;
import org.candour.api.ApiError;
import org.candour.api.Refusal;
import org.candour.workflow.CaseClock;
import org.candour.workflow.ClockDefinition;
import org.candour.workflow.Transition;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Takes workflow actions on cases. Checks role, state, input schema and guard, then
 * applies the state change, effects, clocks and a history entry as one conditional update
 * on the case's id and version: a stale version gets 409, a failed guard 422 naming each
 * failing rule, and nothing partial is ever written.
 */
@Service
public class CaseActions {

	private final Cases cases;

	private final CaseConfigurations configurations;

	private final GuardCheck guards;

	private final CaseHistory history;

	private final Actors actors;

	private final Escalations escalations;

	private final ApplicationEventPublisher events;

	private final JsonMapper json;

	private final Clock clock;

	private final InvestigatorScope scope;

	/** Without an investigator scope: every case of the tenant is reachable. */
	CaseActions(Cases cases, CaseConfigurations configurations, GuardCheck guards, Actors actors,
			Escalations escalations, ApplicationEventPublisher events, JsonMapper json, CaseHistory history,
			Optional<Clock> clock) {
		this(cases, configurations, guards, actors, escalations, events, json, history, clock, Optional.empty());
	}

	@org.springframework.beans.factory.annotation.Autowired
	CaseActions(Cases cases, CaseConfigurations configurations, GuardCheck guards, Actors actors,
			Escalations escalations, ApplicationEventPublisher events, JsonMapper json, CaseHistory history,
			Optional<Clock> clock, Optional<InvestigatorScope> scope) {
		this.cases = cases;
		this.configurations = configurations;
		this.guards = guards;
		this.history = history;
		this.actors = actors;
		this.escalations = escalations;
		this.events = events;
		this.json = json;
		this.clock = clock.orElse(Clock.systemUTC());
		this.scope = scope.orElse(InvestigatorScope.NONE);
	}

	/**
	 * Who a resident is in history: they act through a signed tracking link, not an
	 * account.
	 */
	static final Actors.Actor RESIDENT = new Actors.Actor("resident", java.util.Set.of());

	public FeedbackCase take(String reference, String action, JsonNode inputs, Long expectedVersion, String comment) {
		return take(reference, action, inputs, expectedVersion, comment, this.actors.current(), false);
	}

	/**
	 * An action the workflow marks {@code public} (and words for residents), taken by the
	 * case's resident.
	 */
	FeedbackCase takeAsResident(String reference, String action, JsonNode inputs) {
		return take(reference, action, inputs, null, null, RESIDENT, true);
	}

	private FeedbackCase take(String reference, String action, JsonNode inputs, Long expectedVersion, String comment,
			Actors.Actor actor, boolean byResident) {
		FeedbackCase current = load(reference);
		if (expectedVersion != null && expectedVersion != current.version()) {
			throw stale(current);
		}
		CaseConfiguration configuration = this.configurations.pinned(current.configVersion(),
				current.current().feedbackType());
		Transition transition = configuration.workflow()
			.transition(action, current.current().state())
			.orElseThrow(() -> Refusal.stale(
					"Action '" + action + "' cannot be taken while the case is " + current.current().state(),
					Map.of("state", current.current().state(), "version", current.version())));
		if (byResident ? !transition.offeredToResidents() : !actor.hasAnyRole(transition.roles())) {
			throw Refusal.notAllowed("Action '" + action + "' needs one of the roles " + transition.roles());
		}
		JsonNode given = inputs == null || inputs.isNull() ? this.json.createObjectNode() : inputs;
		List<ApiError> inputErrors = new ArrayList<>(
				StrictInput.together(this.guards.check(transition.inputs(), given, "/inputs", "inputs.", null),
						StrictInput.check(transition.inputs(), given, "/inputs", "inputs.")));
		inputErrors.addAll(AnswerRules.check(transition.inputsUi(), given, "/inputs", "inputs.",
				configuration.calendar(), this.clock.instant()));
		if (!inputErrors.isEmpty()) {
			throw Refusal.rulesBroken("The action's inputs are not valid", inputErrors);
		}
		FeedbackCase next = apply(current, configuration, transition, given, actor, comment);
		if (!this.cases.replace(next, current.version())) {
			throw stale(load(reference));
		}
		this.events.publishEvent(new CaseTransitioned(next.caseReference(), action, current.current().state(),
				next.current().state(), next.current().feedbackType(), next));
		return this.escalations.complete(next);
	}

	/** The actions the caller may take now, with their input schemas. */
	public List<Transition> available(String reference) {
		return available(load(reference));
	}

	/** The actions the caller may take now on a case they have read. */
	public List<Transition> available(FeedbackCase current) {
		CaseConfiguration configuration = this.configurations.pinned(current.configVersion(),
				current.current().feedbackType());
		Actors.Actor actor = this.actors.current();
		return configuration.workflow()
			.availableFrom(current.current().state())
			.stream()
			.filter(transition -> actor.hasAnyRole(transition.roles()))
			.toList();
	}

	FeedbackCase apply(FeedbackCase current, CaseConfiguration configuration, Transition transition, JsonNode inputs,
			Actors.Actor actor, String comment) {
		Instant at = this.clock.instant();
		CaseDraft draft = new CaseDraft(current.current());
		ClockKeeper clocks = new ClockKeeper(configuration);
		EffectApplier effects = new EffectApplier(configuration, clocks, actor, current.id(),
				current.history().size() + 1);
		effects.apply(transition.effects(), draft, transition.action(), at, current.receivedOn(),
				() -> CaseView.of(draft.toState(), inputs, this.json));
		String previousState = draft.state;
		CaseConfiguration running = configuration;
		if (draft.reclassifyTo != null) {
			running = reclassify(draft, configuration, at);
		}
		else {
			draft.state = transition.to();
			draft.stateCategory = configuration.workflow().state(transition.to()).category();
		}
		new ClockKeeper(running).onTransition(draft, transition.action(), previousState, at, current.receivedOn(),
				CaseView.of(draft.toState(), inputs, this.json));
		if ("closed".equals(draft.stateCategory) && draft.closedAt == null) {
			draft.closedAt = at;
		}
		List<ApiError> guardErrors = this.guards.check(transition.guard(),
				CaseView.of(draft.toState(), inputs, this.json), "", "guard.", transition.guardMessages());
		if (!guardErrors.isEmpty()) {
			throw Refusal.rulesBroken("The case does not meet the rules for '" + transition.action() + "'",
					guardErrors);
		}
		CaseState after = draft.toState();
		List<PendingEscalation> pending = new ArrayList<>(current.pendingEscalations());
		pending.addAll(draft.escalations);
		return this.history.append(current, at, actor.name(), transition.action(), after, comment, pending,
				draft.notifications);
	}

	private CaseConfiguration reclassify(CaseDraft draft, CaseConfiguration from, Instant at) {
		CaseConfiguration to = this.configurations.of(from.version(), draft.reclassifyTo);
		draft.meta.put("reclassifiedFrom", draft.feedbackType);
		draft.feedbackType = draft.reclassifyTo;
		if (!to.workflow().id().equals(from.workflow().id())) {
			for (CaseClock running : List.copyOf(draft.clocks)) {
				ClockDefinition definition = from.workflow().clocks().get(running.id());
				if (!running.stopped() && definition != null) {
					draft.put(from.clocks().stop(running, definition, at));
				}
			}
			draft.workflow = to.workflow().id();
			draft.state = to.workflow().initialState();
			draft.stateCategory = to.workflow().state(draft.state).category();
			new ClockKeeper(to).onLogged(draft, to.calendar().receivedOn(at), at,
					CaseView.of(draft.toState(), null, this.json));
		}
		return to;
	}

	/**
	 * A case the caller may see; outside an investigator's org units it does not exist.
	 */
	FeedbackCase load(String reference) {
		return this.cases.byReference(reference)
			.filter(found -> this.scope.allows(found.current().orgUnit(), found.current().team()))
			.orElseThrow(() -> Refusal.notFound("No case with reference '" + reference + "'"));
	}

	private static Refusal stale(FeedbackCase current) {
		return Refusal.stale("The case was changed by someone else; review the changes and try again",
				Map.of("currentVersion", current.version(), "state", current.current().state()));
	}

}
