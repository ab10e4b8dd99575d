package org.candour.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.candour.api.Actors;
import org.candour.api.ApiError;
import org.candour.api.Refusal;
import org.candour.workflow.CaseClock;
import org.candour.definition.model.ClockDefinition;
import org.candour.definition.model.Effect;
import org.candour.definition.model.Transition;
import tools.jackson.databind.JsonNode;

/**
 * A case: identity, receipt, the pinned configuration version, its current state and its
 * history. An aggregate: its state changes through {@link #take}, which checks the
 * workflow's transition and records what happened. Immutable: every change makes a new
 * instance with one more history entry and the next version, written with one conditional
 * update.
 *
 * @param id storage id
 * @param reference public reference
 * @param configVersion the configuration version the case is pinned to
 * @param channel how it arrived
 * @param receivedAt when it was received (officers may back-date)
 * @param receivedOn day 0 for clocks (after the cut-off or on a non-working day: next
 * working day)
 * @param backdatedReason why the receipt was back-dated
 * @param idempotencyKey the key of the request that created it
 * @param createdAt when it was stored
 * @param updatedAt when it last changed
 * @param version optimistic-concurrency version
 * @param current the current state
 * @param history the append-only history
 * @param pendingEscalations escalations not yet completed
 * @param notifications notifications requested by actions
 * @param peopleHash the hash of the people part as the history recorded it
 * ({@value People#NONE} without one); null on cases not yet recorded so (logged before
 * hash scheme 2 and unchanged since)
 * @param files the case's files with their content hashes, as the history recorded them;
 * null on cases not yet recorded so
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FeedbackCase(String id, String reference, int configVersion, String channel, Instant receivedAt,
		LocalDate receivedOn, String backdatedReason, String idempotencyKey, Instant createdAt, Instant updatedAt,
		long version, CaseState current, List<HistoryEntry> history, List<PendingEscalation> pendingEscalations,
		List<NotificationRequest> notifications, String peopleHash, List<FileDigest> files) {

	public CaseReference caseReference() {
		return new CaseReference(this.reference);
	}

	/**
	 * Takes a workflow action: checks that the case's state offers it, that the actor (or
	 * the case's resident, {@code byResident}) may take it and its inputs, then applies
	 * its effects, moves the state and clocks, checks the guard on the result and records
	 * a history entry. Nothing is written.
	 * @return the case after the action and the event that says so
	 * @throws Refusal when the action cannot be taken now (stale), by this actor (not
	 * allowed), or its inputs or the case after it break the rules
	 */
	CaseChange take(String action, JsonNode inputs, Actors.Actor actor, boolean byResident, String comment,
			CaseRules rules) {
		Transition transition = rules.configuration()
			.workflow()
			.transition(action, this.current.state())
			.orElseThrow(() -> Refusal.stale(
					"Action '" + action + "' cannot be taken while the case is " + this.current.state(),
					Map.of("state", this.current.state(), "version", this.version)));
		if (byResident ? !transition.offeredToResidents() : !actor.hasAnyRole(transition.roles())) {
			throw Refusal.notAllowed("Action '" + action + "' needs one of the roles " + transition.roles());
		}
		JsonNode given = (inputs == null || inputs.isNull()) ? rules.json().createObjectNode() : inputs;
		List<ApiError> inputProblems = rules.inputProblems(transition, given);
		if (!inputProblems.isEmpty()) {
			throw Refusal.rulesBroken("The action's inputs are not valid", inputProblems);
		}
		Instant at = rules.at();
		CaseConfiguration configuration = rules.configuration();
		CaseDraft draft = new CaseDraft(this.current);
		EffectApplier effects = new EffectApplier(configuration, new ClockKeeper(configuration, this.receivedAt), actor,
				this.id, this.history.size() + 1);
		effects.apply(transition.effects(), draft, action, at, this.receivedOn,
				() -> CaseView.of(draft.toState(), given, rules.json()));
		String previousState = draft.state;
		CaseRules running = rules;
		if (draft.reclassifyTo != null) {
			running = rules.in(reclassify(draft, rules));
		}
		else {
			draft.state = transition.to();
			draft.stateCategory = configuration.workflow().state(transition.to()).category();
		}
		new ClockKeeper(running.configuration(), this.receivedAt).onTransition(draft, action, previousState, at,
				this.receivedOn, CaseView.of(draft.toState(), given, rules.json()));
		if ("closed".equals(draft.stateCategory) && draft.closedAt == null) {
			draft.closedAt = at;
		}
		CaseState after = draft.toState();
		List<ApiError> broken = rules.guardProblems(transition, after, given);
		if (!broken.isEmpty()) {
			throw Refusal.rulesBroken("The case does not meet the rules for '" + action + "'", broken);
		}
		requireReach(transition, after, rules.workers());
		List<PendingEscalation> pending = new ArrayList<>(this.pendingEscalations);
		pending.addAll(draft.escalations);
		FeedbackCase next = rules.history()
			.append(this, at, actor.name(), action, after, comment, pending, draft.notifications);
		return new CaseChange(next, List.of(new CaseTransitioned(next.caseReference(), action, this.current.state(),
				after.state(), after.feedbackType(), next)), running);
	}

	/**
	 * Refuses to give the case to an officer whose roles do not let them see it (they
	 * would never find it), at the input the officer was chosen in.
	 */
	private void requireReach(Transition transition, CaseState after, CaseWorkers workers) {
		String officer = after.officer();
		if (officer == null || officer.isBlank() || officer.equals(this.current.officer())
				|| workers.reach(officer, after.feedbackType(), after.orgUnit(), after.team())) {
			return;
		}
		String pointer = transition.effects()
			.stream()
			.filter(effect -> effect instanceof Effect.Assign assign && "officer".equals(assign.to())
					&& assign.source() != null)
			.map(effect -> ((Effect.Assign) effect).source())
			.findFirst()
			.orElse("/inputs");
		throw Refusal.rulesBroken("The case cannot be given to " + officer,
				List.of(new ApiError(pointer, "assign.officer-out-of-reach",
						officer + " cannot see this case: their roles are limited to other cases")));
	}

	/**
	 * Moves the draft to the feedback type a {@code reclassify} effect names: into its
	 * workflow's initial state (stopping the old workflow's clocks) when the workflow
	 * changes.
	 */
	private static CaseConfiguration reclassify(CaseDraft draft, CaseRules rules) {
		CaseConfiguration from = rules.configuration();
		CaseConfiguration to = rules.configurations().of(from.version(), draft.reclassifyTo);
		draft.meta.put("reclassifiedFrom", draft.feedbackType);
		draft.feedbackType = draft.reclassifyTo;
		if (!to.workflow().id().equals(from.workflow().id())) {
			for (CaseClock running : List.copyOf(draft.clocks)) {
				ClockDefinition definition = from.workflow().clocks().get(running.id());
				if (!running.stopped() && definition != null) {
					draft.put(from.clocks().stop(running, definition, rules.at()));
				}
			}
			draft.workflow = to.workflow().id();
			draft.state = to.workflow().initialState();
			draft.stateCategory = to.workflow().state(draft.state).category();
			new ClockKeeper(to, rules.at()).onLogged(draft, to.calendar().receivedOn(rules.at()), rules.at(),
					CaseView.of(draft.toState(), null, rules.json()));
		}
		return to;
	}

	FeedbackCase next(CaseState state, HistoryEntry entry, List<PendingEscalation> pending,
			List<NotificationRequest> requested) {
		List<HistoryEntry> extended = new java.util.ArrayList<>(this.history);
		extended.add(entry);
		List<NotificationRequest> notices = new java.util.ArrayList<>(this.notifications);
		notices.addAll(requested);
		return new FeedbackCase(this.id, this.reference, this.configVersion, this.channel, this.receivedAt,
				this.receivedOn, this.backdatedReason, this.idempotencyKey, this.createdAt, entry.at(),
				this.version + 1, state, List.copyOf(extended), List.copyOf(pending), List.copyOf(notices),
				this.peopleHash, this.files);
	}

	FeedbackCase repinned(int configVersion) {
		return new FeedbackCase(this.id, this.reference, configVersion, this.channel, this.receivedAt, this.receivedOn,
				this.backdatedReason, this.idempotencyKey, this.createdAt, this.updatedAt, this.version, this.current,
				this.history, this.pendingEscalations, this.notifications, this.peopleHash, this.files);
	}

	/** This case with its first history entry. */
	FeedbackCase started(HistoryEntry first) {
		return new FeedbackCase(this.id, this.reference, this.configVersion, this.channel, this.receivedAt,
				this.receivedOn, this.backdatedReason, this.idempotencyKey, this.createdAt, this.updatedAt,
				this.version, this.current, List.of(first), this.pendingEscalations, this.notifications,
				this.peopleHash, this.files);
	}

	/**
	 * This case without its history and current state: the rest of what a history entry's
	 * snapshot hashes.
	 */
	FeedbackCase withoutHistoryAndState() {
		return new FeedbackCase(this.id, this.reference, this.configVersion, this.channel, this.receivedAt,
				this.receivedOn, this.backdatedReason, this.idempotencyKey, this.createdAt, this.updatedAt,
				this.version, null, List.of(), this.pendingEscalations, this.notifications, this.peopleHash,
				this.files);
	}

	/**
	 * This case without anything that names or describes a person: the redacted history,
	 * no people part, files, pending notifications or escalations, and no reason for a
	 * backdated receipt; its state as it is (see {@link Anonymiser#state}).
	 */
	FeedbackCase anonymised(List<HistoryEntry> redactedHistory) {
		return new FeedbackCase(this.id, this.reference, this.configVersion, this.channel, this.receivedAt,
				this.receivedOn, null, this.idempotencyKey, this.createdAt, this.updatedAt, this.version, this.current,
				List.copyOf(redactedHistory), List.of(), List.of(), People.NONE, List.of());
	}

	/** This case with its history rewritten (entries redacted), the rest as it is. */
	FeedbackCase withHistory(List<HistoryEntry> rewrittenHistory) {
		return new FeedbackCase(this.id, this.reference, this.configVersion, this.channel, this.receivedAt,
				this.receivedOn, this.backdatedReason, this.idempotencyKey, this.createdAt, this.updatedAt,
				this.version, this.current, List.copyOf(rewrittenHistory), this.pendingEscalations, this.notifications,
				this.peopleHash, this.files);
	}

	/** This case with its people part and files as they are to be recorded. */
	FeedbackCase recording(String peopleHash, List<FileDigest> files) {
		return new FeedbackCase(this.id, this.reference, this.configVersion, this.channel, this.receivedAt,
				this.receivedOn, this.backdatedReason, this.idempotencyKey, this.createdAt, this.updatedAt,
				this.version, this.current, this.history, this.pendingEscalations, this.notifications, peopleHash,
				List.copyOf(files));
	}

	/** This case with one more file (already recorded files are kept once). */
	FeedbackCase withFile(FileDigest file) {
		List<FileDigest> all = new java.util.ArrayList<>(this.files == null ? List.of() : this.files);
		all.removeIf(recorded -> recorded.id().equals(file.id()));
		all.add(file);
		return recording(this.peopleHash, all);
	}

}
