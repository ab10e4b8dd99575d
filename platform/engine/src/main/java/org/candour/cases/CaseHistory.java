package org.candour.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.candour.definition.CanonicalJson;
import org.candour.definition.JsonPatchDiff;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes and checks the hash chain of case histories. Each entry hashes its own content
 * with the previous entry's hash, and the snapshot of the case after it; so editing any
 * stored entry, or the case itself, outside Candour breaks verification.
 */
public final class CaseHistory {

	private final JsonMapper json;

	CaseHistory(JsonMapper json) {
		this.json = json;
	}

	HistoryEntry entry(List<HistoryEntry> history, Instant at, String by, String action, CaseState before,
			CaseState after, String comment) {
		int seq = history.size() + 1;
		String previousHash = history.isEmpty() ? "" : history.get(history.size() - 1).hash();
		List<FieldChange> changes = before == null ? List.of() : changes(before, after);
		String snapshotHash = snapshotHash(after);
		String from = before == null ? null : before.state();
		HistoryEntry unsigned = new HistoryEntry(seq, at, by, action, from, after.state(), changes, comment,
				previousHash, snapshotHash, "");
		return new HistoryEntry(seq, at, by, action, from, after.state(), changes, comment, previousHash, snapshotHash,
				hash(unsigned));
	}

	Verification verify(FeedbackCase feedbackCase) {
		String previous = "";
		List<HistoryEntry> history = feedbackCase.history();
		for (HistoryEntry entry : history) {
			if (!entry.previousHash().equals(previous)) {
				return Verification.broken(entry.seq(), "previous hash does not match entry " + (entry.seq() - 1));
			}
			if (!hash(entry).equals(entry.hash())) {
				return Verification.broken(entry.seq(), "entry does not match its hash");
			}
			previous = entry.hash();
		}
		if (history.isEmpty()
				|| !history.get(history.size() - 1).snapshotHash().equals(snapshotHash(feedbackCase.current()))) {
			return Verification.broken(history.size(),
					"the case does not match the state its last history entry recorded");
		}
		return new Verification(true, history.size(), null, null);
	}

	String snapshotHash(CaseState state) {
		return CanonicalJson.sha256(this.json.valueToTree(state));
	}

	private List<FieldChange> changes(CaseState before, CaseState after) {
		JsonNode old = this.json.valueToTree(before);
		JsonNode now = this.json.valueToTree(after);
		List<FieldChange> changes = new ArrayList<>();
		for (JsonNode op : JsonPatchDiff.diff(old, now)) {
			String path = op.path("path").asString();
			changes.add(new FieldChange(path, nullIfMissing(old.at(path)), nullIfMissing(now.at(path))));
		}
		return changes;
	}

	private String hash(HistoryEntry entry) {
		ObjectNode content = this.json.valueToTree(entry);
		content.remove("hash");
		return CanonicalJson.sha256(content);
	}

	private static JsonNode nullIfMissing(JsonNode node) {
		return node.isMissingNode() ? null : node;
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
