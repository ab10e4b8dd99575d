package org.candour.cases;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.candour.api.Actors;
import org.candour.api.ApiError;
import org.candour.api.Refusal;
import org.candour.definition.model.Transition;
import org.candour.definition.model.Triage;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Takes workflow actions on cases: loads the case, lets it take the action
 * ({@link FeedbackCase#take}: role, state, inputs, effects, clocks, guard, history
 * entry), writes the result with one conditional update on the case's id and version,
 * then publishes what happened. A stale version is refused as such, a failed guard names
 * each failing rule, and nothing partial is ever written.
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

	private final CaseScope scope;

	private final CaseWorkers workers;

	/** Without an investigator scope: every case of the tenant is reachable. */
	CaseActions(Cases cases, CaseConfigurations configurations, GuardCheck guards, Actors actors,
			Escalations escalations, ApplicationEventPublisher events, JsonMapper json, CaseHistory history,
			Optional<Clock> clock) {
		this(cases, configurations, guards, actors, escalations, events, json, history, clock, Optional.empty(),
				Optional.empty());
	}

	@org.springframework.beans.factory.annotation.Autowired
	CaseActions(Cases cases, CaseConfigurations configurations, GuardCheck guards, Actors actors,
			Escalations escalations, ApplicationEventPublisher events, JsonMapper json, CaseHistory history,
			Optional<Clock> clock, Optional<CaseScope> scope, Optional<CaseWorkers> workers) {
		this.cases = cases;
		this.configurations = configurations;
		this.guards = guards;
		this.history = history;
		this.actors = actors;
		this.escalations = escalations;
		this.events = events;
		this.json = json;
		this.clock = clock.orElse(Clock.systemUTC());
		this.scope = scope.orElse(CaseScope.EVERY_CASE);
		this.workers = workers.orElse(CaseWorkers.ANYONE);
	}

	/**
	 * Who a resident is in history: they act through a signed tracking link, not an
	 * account.
	 */
	static final Actors.Actor RESIDENT = new Actors.Actor("resident", java.util.Set.of());

	public FeedbackCase take(TakeAction command) {
		return take(command.reference().value(), command.expectedVersion(), (current, rules) -> current
			.take(command.action(), command.inputs(), this.actors.current(), false, command.comment(), rules));
	}

	/**
	 * An action the workflow marks {@code public} (and words for residents), taken by the
	 * case's resident.
	 */
	FeedbackCase takeAsResident(ResidentRequest command) {
		return take(command.reference().value(), null,
				(current, rules) -> current.take(command.action(), command.inputs(), RESIDENT, true, null, rules));
	}

	/**
	 * Triage as the case's workflow declares it: the classification and, when the
	 * workflow allocates after it and the command allocates, the allocation, written as
	 * one change (both recorded in the history) or not at all.
	 */
	public FeedbackCase triage(TriageCase command) {
		Actors.Actor actor = this.actors.current();
		return take(command.reference().value(), command.expectedVersion(), (current, rules) -> {
			Triage.Classification classification = rules.configuration()
				.workflow()
				.classification(command.classification())
				.orElseThrow(() -> Refusal.rulesBroken("'" + command.classification() + "' is not a triage action",
						List.of(new ApiError("/classification", "triage.not-a-classification",
								"Choose how to classify the case"))));
			CaseChange classified = current.take(classification.action(), command.inputs(), actor, false,
					command.comment(), rules);
			if (command.allocation() == null || classification.allocateWith() == null) {
				return classified;
			}
			try {
				return classified.then(classified.next()
					.take(classification.allocateWith(), command.allocation(), actor, false, null, classified.rules()));
			}
			catch (Refusal refused) {
				throw atAllocation(refused);
			}
		});
	}

	/**
	 * Loads the case, changes it, writes the change with one conditional update on the
	 * version it was loaded at and publishes what happened.
	 */
	private FeedbackCase take(String reference, Long expectedVersion, Change change) {
		FeedbackCase current = load(reference);
		if (expectedVersion != null && expectedVersion != current.version()) {
			throw stale(current);
		}
		CaseChange changed = change.on(current, rules(current));
		if (!this.cases.replace(current, changed.next())) {
			throw stale(load(reference));
		}
		changed.events().forEach(this.events::publishEvent);
		return this.escalations.complete(changed.next());
	}

	private CaseRules rules(FeedbackCase current) {
		return new CaseRules(this.configurations.pinned(current.configVersion(), current.current().feedbackType()),
				this.configurations, this.guards, this.history, this.json, this.clock.instant(), this.workers);
	}

	/** The allocation's refusal, its inputs' problems pointing at the allocation. */
	private static Refusal atAllocation(Refusal refused) {
		List<ApiError> moved = refused.violations()
			.stream()
			.map(violation -> violation.pointer().startsWith("/inputs")
					? new ApiError(TriageCase.ALLOCATION + violation.pointer().substring("/inputs".length()),
							violation.code(), violation.message(), violation.document())
					: violation)
			.toList();
		return new Refusal(refused.kind(), refused.getMessage(), moved, refused.properties());
	}

	/** What a command does to a loaded case. */
	@FunctionalInterface
	private interface Change {

		CaseChange on(FeedbackCase current, CaseRules rules);

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

	/**
	 * A case the caller may see; outside their scope (an investigator's org units, a
	 * custom role's limits) it does not exist.
	 */
	FeedbackCase load(String reference) {
		return inScope(reference).orElseThrow(() -> Refusal.notFound("No case with reference '" + reference + "'"));
	}

	/** Whether the case exists and the caller may see it. */
	boolean mayLoad(String reference) {
		return inScope(reference).isPresent();
	}

	private Optional<FeedbackCase> inScope(String reference) {
		return this.cases.byReference(reference)
			.filter(found -> this.scope.allows(found.current().feedbackType(), found.current().orgUnit(),
					found.current().team()));
	}

	private static Refusal stale(FeedbackCase current) {
		return Refusal.stale("The case was changed by someone else; review the changes and try again",
				Map.of("currentVersion", current.version(), "state", current.current().state()));
	}

}
