package org.candour.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.candour.definition.CanonicalJson;
import org.candour.definition.JsonPatchDiff;
import org.candour.tenancy.TenantContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

/**
 * Writes and checks the hash chain of case histories. Each entry hashes its own content
 * with the previous entry's hash and a snapshot of the case after it: from hash scheme 2
 * the whole stored case but its history (receipt, channel, reference, id, configuration
 * version, version…), the hash of its people part and its files' content hashes. Each
 * entry is signed with the integrity key, and {@link ChainHeads} keeps a signed head
 * apart from the case. So an edit of any stored entry, of the case, its people part or
 * its files, cutting the history short, restoring an older copy or another case's history
 * breaks verification — unless made by someone who also holds the key. Entries written
 * before scheme 2 keep verifying as they were written.
 */
@Component
public final class CaseHistory {

	/** The hash scheme of new entries. */
	static final int SCHEME = 2;

	private static final String PURPOSE = "history-entry";

	private final JsonMapper json;

	private final IntegrityKey key;

	private final People people;

	private final CaseFiles files;

	private final ChainHeads heads;

	private final Cases cases;

	CaseHistory(JsonMapper json, IntegrityKey key, People people, CaseFiles files, ChainHeads heads, Cases cases) {
		this.json = json;
		this.key = key;
		this.people = people;
		this.files = files;
		this.heads = heads;
		this.cases = cases;
	}

	/**
	 * A new case (no history yet, its people hash and files set) with its first entry,
	 * {@code log}.
	 */
	FeedbackCase started(FeedbackCase unsaved, String by, String comment) {
		return started(unsaved, by, "log", comment);
	}

	/** A new case with its first entry, {@code action} ({@code log}, {@code import}). */
	FeedbackCase started(FeedbackCase unsaved, String by, String action, String comment) {
		HistoryEntry first = signed(unsaved.id(), 1, unsaved.updatedAt(), by, action, null, unsaved.current().state(),
				List.of(), comment, "", snapshotHash(unsaved));
		return unsaved.started(first);
	}

	/**
	 * The case after a change: {@code after} as its state, one more history entry, the
	 * escalations still pending and the notifications requested.
	 */
	FeedbackCase append(FeedbackCase current, Instant at, String by, String action, CaseState after, String comment,
			List<PendingEscalation> pending, List<NotificationRequest> requested) {
		FeedbackCase base = recorded(current);
		HistoryEntry placeholder = new HistoryEntry(0, at, by, action, null, null, List.of(), null, "", "", "", null,
				null);
		// the state after the change, as a tree once: the snapshot and the changes read
		// it
		ObjectNode afterTree = this.json.valueToTree(after);
		String snapshot = snapshotHash(base.next(after, placeholder, pending, requested), afterTree);
		List<HistoryEntry> history = base.history();
		HistoryEntry entry = signed(base.id(), history.size() + 1, at, by, action, base.current().state(),
				after.state(), changes(base.current(), afterTree), comment,
				history.isEmpty() ? "" : history.get(history.size() - 1).hash(), snapshot);
		return base.next(after, entry, pending, requested);
	}

	/**
	 * The case anonymised: every entry redacted, then a last entry {@code anonymised} by
	 * the system that records the anonymised state with no people part and no files. The
	 * entry names no field and no value, so nothing of what was removed is kept in it.
	 */
	FeedbackCase anonymised(FeedbackCase current, CaseState after, Instant at, String rule) {
		return anonymised(current, after, new HistoryEntry.Redaction(at, rule),
				new Rewrite(at, "system", "anonymised", "Anonymised under the retention rule " + rule, List.of()));
	}

	/**
	 * The case anonymised as
	 * {@link #anonymised(FeedbackCase, CaseState, Instant, String)} does, each entry
	 * redacted as {@code redaction} says, with {@code last} as its last entry.
	 */
	FeedbackCase anonymised(FeedbackCase current, CaseState after, HistoryEntry.Redaction redaction, Rewrite last) {
		List<HistoryEntry> redacted = current.history()
			.stream()
			.map(entry -> entry.redacted() != null ? entry
					: entry.redacted(Anonymiser.changes(entry.changes()), redaction))
			.toList();
		return rewritten(current.anonymised(redacted), after, last);
	}

	/**
	 * The case whose history {@code base} already holds as rewritten (entries redacted,
	 * each keeping its place, hash and signature) with one more signed entry that records
	 * {@code after}; its changes are the given ones, never a diff, so nothing of what was
	 * removed is written again.
	 */
	FeedbackCase rewritten(FeedbackCase base, CaseState after, Rewrite rewrite) {
		List<HistoryEntry> history = base.history();
		HistoryEntry placeholder = new HistoryEntry(0, rewrite.at(), rewrite.by(), rewrite.action(), null, null,
				List.of(), null, "", "", "", null, null);
		String snapshot = snapshotHash(base.next(after, placeholder, List.of(), List.of()),
				(JsonNode) this.json.valueToTree(after));
		HistoryEntry entry = signed(base.id(), history.size() + 1, rewrite.at(), rewrite.by(), rewrite.action(),
				base.current().state(), after.state(), rewrite.changes(), rewrite.comment(),
				history.isEmpty() ? "" : history.get(history.size() - 1).hash(), snapshot);
		return base.next(after, entry, base.pendingEscalations(), List.of());
	}

	/**
	 * The last entry of a rewritten history: when, by whom, its action, comment and the
	 * changes it names (paths only, without values).
	 */
	record Rewrite(Instant at, String by, String action, String comment, List<FieldChange> changes) {
	}

	/**
	 * The case with its people part and files recorded: as they are now for a case logged
	 * before they were (its next entry records them).
	 */
	FeedbackCase recorded(FeedbackCase current) {
		if (current.peopleHash() != null && current.files() != null) {
			return current;
		}
		return current.recording(current.peopleHash() != null ? current.peopleHash() : this.people.hashOf(current.id()),
				current.files() != null ? current.files() : this.files.held(current));
	}

	/**
	 * Checks the chain, the case against its last entry, its people part, files and
	 * signed head.
	 * @param readFiles whether to hash every file's content again (else the hash recorded
	 * with the stored file is compared)
	 */
	Verification verify(FeedbackCase feedbackCase, boolean readFiles) {
		String previous = "";
		boolean signed = false;
		List<HistoryEntry> history = feedbackCase.history();
		for (HistoryEntry entry : history) {
			if (!entry.previousHash().equals(previous)) {
				return Verification.broken(entry.seq(), "previous hash does not match entry " + (entry.seq() - 1));
			}
			if (entry.redacted() == null && !hash(entry).equals(entry.hash())) {
				return Verification.broken(entry.seq(), "entry does not match its hash");
			}
			if (entry.redacted() != null && entry.scheme() == null) {
				return Verification.broken(entry.seq(), "a redacted entry is not signed");
			}
			if (entry.scheme() == null && signed) {
				return Verification.broken(entry.seq(), "an unsigned entry follows signed ones");
			}
			if (entry.scheme() != null && (entry.scheme() != SCHEME || !this.key.verifies(entry.mac(), PURPOSE,
					tenant(), feedbackCase.id(), entry.seq(), entry.hash()))) {
				return Verification.broken(entry.seq(), "entry is not signed for this case with this server's key");
			}
			signed |= entry.scheme() != null;
			previous = entry.hash();
		}
		if (history.isEmpty()) {
			return Verification.broken(0, "the case has no history");
		}
		HistoryEntry last = history.get(history.size() - 1);
		Optional<String> problem = last.scheme() == null ? legacyProblem(feedbackCase, last)
				: problem(feedbackCase, last, readFiles);
		if (problem.isEmpty()) {
			problem = this.heads.problem(feedbackCase);
		}
		return problem.map(text -> Verification.broken(last.seq(), text))
			.orElseGet(() -> new Verification(true, history.size(), null, null));
	}

	private Optional<String> legacyProblem(FeedbackCase feedbackCase, HistoryEntry last) {
		return last.snapshotHash().equals(CanonicalJson.sha256(this.json.valueToTree(feedbackCase.current())))
				? Optional.empty() : Optional.of("the case does not match the state its last history entry recorded");
	}

	private Optional<String> problem(FeedbackCase feedbackCase, HistoryEntry last, boolean readFiles) {
		if (!last.snapshotHash().equals(snapshotHash(feedbackCase))) {
			return Optional.of("the case does not match what its last history entry recorded");
		}
		if (!this.cases.storedCopiesMatch(feedbackCase)) {
			return Optional.of("the copies queues read (state, open, assignee, due date…) do not match the case");
		}
		if (!this.people.hashOf(feedbackCase.id()).equals(feedbackCase.peopleHash())) {
			return Optional.of("the contact details are not those the history recorded");
		}
		return filesProblem(feedbackCase, readFiles);
	}

	private Optional<String> filesProblem(FeedbackCase feedbackCase, boolean readFiles) {
		Map<String, String> held = this.files.held(feedbackCase)
			.stream()
			.collect(Collectors.toMap(FileDigest::id, FileDigest::sha256, (a, b) -> a));
		Function<String, Optional<String>> now = readFiles ? this.files::contentHash
				: id -> Optional.ofNullable(held.get(id));
		for (FileDigest recorded : feedbackCase.files()) {
			Optional<String> content = now.apply(recorded.id());
			if (content.isEmpty()) {
				return Optional.of("file " + recorded.id() + " that the history recorded is missing");
			}
			if (!content.get().equals(recorded.sha256())) {
				return Optional.of("the content of file " + recorded.id() + " is not what the history recorded");
			}
		}
		return held.keySet()
			.stream()
			.filter(id -> feedbackCase.files().stream().noneMatch(recorded -> recorded.id().equals(id)))
			.sorted(Comparator.naturalOrder())
			.findFirst()
			.map(id -> "file " + id + " is attached to the case but not recorded in its history");
	}

	private HistoryEntry signed(String caseId, int seq, Instant at, String by, String action, String from, String to,
			List<FieldChange> changes, String comment, String previousHash, String snapshotHash) {
		HistoryEntry unsigned = new HistoryEntry(seq, at, by, action, from, to, changes, comment, previousHash,
				snapshotHash, "", SCHEME, null);
		String hash = hash(unsigned);
		return new HistoryEntry(seq, at, by, action, from, to, changes, comment, previousHash, snapshotHash, hash,
				SCHEME, this.key.mac(PURPOSE, tenant(), caseId, seq, hash));
	}

	/**
	 * The case as stored, but its history, hashed; numbers as storage keeps them, so the
	 * hash is the same before the write and after reading it back.
	 */
	private String snapshotHash(FeedbackCase feedbackCase) {
		return snapshotHash(feedbackCase, (JsonNode) this.json.valueToTree(feedbackCase.current()));
	}

	/**
	 * As {@link #snapshotHash(FeedbackCase)}, with the case's current state already a
	 * tree ({@code current}); the history is left out, so it is not turned into a tree
	 * only to be removed. Object keys are sorted before hashing, so where the state's key
	 * sits in the tree does not matter.
	 */
	private String snapshotHash(FeedbackCase feedbackCase, JsonNode current) {
		ObjectNode tree = this.json.valueToTree(feedbackCase.withoutHistoryAndState());
		tree.remove("history");
		tree.set("current", current);
		return CanonicalJson.sha256(BsonTrees.asStored(tree));
	}

	private String hash(HistoryEntry entry) {
		ObjectNode content = this.json.valueToTree(entry);
		content.remove("hash");
		content.remove("mac");
		if (entry.scheme() == null) {
			content.remove("scheme");
			return CanonicalJson.sha256(content);
		}
		return CanonicalJson.sha256(BsonTrees.asStored(content));
	}

	private List<FieldChange> changes(CaseState before, JsonNode now) {
		JsonNode old = this.json.valueToTree(before);
		List<FieldChange> changes = new ArrayList<>();
		for (JsonNode op : JsonPatchDiff.diff(old, now)) {
			String path = op.path("path").asString();
			changes.add(new FieldChange(path, nullIfMissing(old.at(path)), nullIfMissing(now.at(path))));
		}
		return changes;
	}

	private static JsonNode nullIfMissing(JsonNode node) {
		return node.isMissingNode() ? null : node;
	}

	private static String tenant() {
		return TenantContext.require().value();
	}

	/**
	 * @param valid whether the chain and the case check out
	 * @param entries how many entries the history has
	 * @param firstBroken the first entry that does not verify
	 * @param problem what is wrong
	 */
	public record Verification(boolean valid, int entries, Integer firstBroken, String problem) {

		static Verification broken(int seq, String problem) {
			return new Verification(false, seq, seq, problem);
		}

	}

}
