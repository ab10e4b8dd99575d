package org.candour.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A case: identity, receipt, the pinned configuration version, its current state and its
 * history. Immutable: every change makes a new instance with one more history entry and
 * the next version, written with one conditional update.
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
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FeedbackCase(String id, String reference, int configVersion, String channel, Instant receivedAt,
		LocalDate receivedOn, String backdatedReason, String idempotencyKey, Instant createdAt, Instant updatedAt,
		long version, CaseState current, List<HistoryEntry> history, List<PendingEscalation> pendingEscalations,
		List<NotificationRequest> notifications) {

	public CaseReference caseReference() {
		return new CaseReference(this.reference);
	}

	FeedbackCase next(CaseState state, HistoryEntry entry, List<PendingEscalation> pending,
			List<NotificationRequest> requested) {
		List<HistoryEntry> extended = new java.util.ArrayList<>(this.history);
		extended.add(entry);
		List<NotificationRequest> notices = new java.util.ArrayList<>(this.notifications);
		notices.addAll(requested);
		return new FeedbackCase(this.id, this.reference, this.configVersion, this.channel, this.receivedAt,
				this.receivedOn, this.backdatedReason, this.idempotencyKey, this.createdAt, entry.at(),
				this.version + 1, state, List.copyOf(extended), List.copyOf(pending), List.copyOf(notices));
	}

	FeedbackCase repinned(int configVersion) {
		return new FeedbackCase(this.id, this.reference, configVersion, this.channel, this.receivedAt, this.receivedOn,
				this.backdatedReason, this.idempotencyKey, this.createdAt, this.updatedAt, this.version, this.current,
				this.history, this.pendingEscalations, this.notifications);
	}

}
