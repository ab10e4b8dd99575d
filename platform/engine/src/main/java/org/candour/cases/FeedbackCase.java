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
