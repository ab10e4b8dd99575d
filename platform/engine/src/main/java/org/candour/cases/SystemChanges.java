package org.candour.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.candour.api.Actors;
import org.candour.api.ApiError;
import org.candour.api.Refusal;
import org.candour.definition.model.Effect;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Changes the system makes to a case by itself (a clock breached or nearly due, a timed
 * transition): the change and the effects configured for it as one history entry by
 * {@code system}, then any transitions the effects take, each as the system (its roles
 * not asked, its guard applying), all written with one conditional update on the version
 * the case was read at. Whoever else wrote the case first wins: the change is then not
 * made, and the next sweep looks again. A refused effect or transition is recorded in the
 * entry's comment instead of being made.
 */
@Component
class SystemChanges {

	static final Actors.Actor SYSTEM = Actors.Actor.system("system");

	private final Cases cases;

	private final CaseConfigurations configurations;

	private final GuardCheck guards;

	private final CaseHistory history;

	private final JsonMapper json;

	private final ApplicationEventPublisher events;

	SystemChanges(Cases cases, CaseConfigurations configurations, GuardCheck guards, CaseHistory history,
			JsonMapper json, ApplicationEventPublisher events) {
		this.cases = cases;
		this.configurations = configurations;
		this.guards = guards;
		this.history = history;
		this.json = json;
		this.events = events;
	}

	/** The rules a change of the case at {@code at} runs under. */
	CaseRules rules(FeedbackCase candidate, Instant at) {
		return new CaseRules(this.configurations.pinned(candidate.configVersion(), candidate.current().feedbackType()),
				this.configurations, this.guards, this.history, this.json, at);
	}

	/**
	 * Records {@code changed} (the case's state after the system's own change, e.g. a
	 * clock marked breached) with the effects applied to it, then takes the transitions
	 * the effects name, and writes it all at once.
	 * @return the case as written; null when someone else changed it first
	 */
	FeedbackCase record(FeedbackCase candidate, CaseState changed, String action, String comment, List<Effect> effects,
			Instant at) {
		CaseRules rules = rules(candidate, at);
		List<String> notes = new ArrayList<>();
		CaseDraft draft = applied(candidate, changed, action, effects, rules, notes);
		FeedbackCase next = this.history.append(candidate, at, SYSTEM.name(), action, draft.toState(),
				comment(comment, notes), candidate.pendingEscalations(), draft.notifications);
		List<CaseTransitioned> taken = new ArrayList<>();
		CaseRules running = rules;
		for (Effect effect : effects) {
			if (!(effect instanceof Effect.Take take)) {
				continue;
			}
			try {
				CaseChange change = next.take(take.action(), this.json.createObjectNode(), SYSTEM, false,
						"Taken by the system: " + comment, running);
				taken.addAll(change.events());
				next = change.next();
				running = change.rules();
			}
			catch (Refusal refused) {
				notes.add("action '" + take.action() + "' not taken: " + reasons(refused));
				if (taken.isEmpty()) {
					next = this.history.append(candidate, at, SYSTEM.name(), action, draft.toState(),
							comment(comment, notes), candidate.pendingEscalations(), draft.notifications);
				}
			}
		}
		if (!this.cases.replace(candidate, next)) {
			return null;
		}
		this.events.publishEvent(new CaseTransitioned(candidate.caseReference(), action, candidate.current().state(),
				draft.state, draft.feedbackType, next));
		for (CaseTransitioned event : taken) {
			this.events.publishEvent(new CaseTransitioned(event.reference(), event.action(), event.from(), event.to(),
					event.feedbackType(), next));
		}
		return next;
	}

	/**
	 * Takes a transition as the system, written with one conditional update.
	 * @return the case as written; null when someone else changed it first
	 * @throws Refusal when the case's state does not offer it or its guard refuses
	 */
	FeedbackCase take(FeedbackCase candidate, String action, String comment, Instant at) {
		CaseChange change = candidate.take(action, this.json.createObjectNode(), SYSTEM, false, comment,
				rules(candidate, at));
		if (!this.cases.replace(candidate, change.next())) {
			return null;
		}
		change.events().forEach(this.events::publishEvent);
		return change.next();
	}

	/**
	 * The change with the effects that are not transitions applied; without them (and
	 * noted) when they cannot be applied, e.g. a team that no longer exists.
	 */
	private CaseDraft applied(FeedbackCase candidate, CaseState changed, String action, List<Effect> effects,
			CaseRules rules, List<String> notes) {
		CaseDraft draft = new CaseDraft(changed);
		EffectApplier applier = new EffectApplier(rules.configuration(),
				new ClockKeeper(rules.configuration(), candidate.receivedAt()), SYSTEM, candidate.id(),
				candidate.history().size() + 1);
		try {
			applier.apply(effects, draft, action, rules.at(), candidate.receivedOn(),
					() -> CaseView.of(draft.toState(), null, this.json));
			return draft;
		}
		catch (Refusal refused) {
			notes.add("effects not applied: " + reasons(refused));
			return new CaseDraft(changed);
		}
	}

	private static String comment(String comment, List<String> notes) {
		return notes.isEmpty() ? comment : comment + "; " + String.join("; ", notes);
	}

	static String reasons(Refusal refused) {
		List<ApiError> violations = refused.violations();
		return violations.isEmpty() ? refused.getMessage()
				: violations.stream()
					.map(violation -> violation.message() + " (" + violation.pointer() + ")")
					.collect(Collectors.joining(", "));
	}

}
