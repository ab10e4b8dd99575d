package org.candour.cases;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The comment of one history entry (a note, an action's comment) redacted: pointer
 * {@code /history/{seq}/comment}.
 */
final class HistoryComments {

	private static final Pattern COMMENT = Pattern.compile("^/history/(\\d{1,9})/comment$");

	private HistoryComments() {
	}

	/** The entry's number when the pointer names an entry's comment. */
	static Optional<Integer> seq(String pointer) {
		Matcher matcher = COMMENT.matcher(pointer);
		return matcher.matches() ? Optional.of(Integer.parseInt(matcher.group(1))) : Optional.empty();
	}

	/**
	 * @throws org.candour.api.Refusal 422 when there is no such entry or it has no
	 * comment
	 */
	static List<HistoryEntry> redacted(List<HistoryEntry> history, int seq, HistoryEntry.Redaction redaction) {
		HistoryEntry entry = history.stream()
			.filter(each -> each.seq() == seq)
			.findFirst()
			.filter(each -> each.comment() != null && !CaseRedactions.MARK.equals(each.comment()))
			.orElseThrow(
					() -> CaseRedactions.refused("redaction.not-text", "History entry " + seq + " has no comment"));
		HistoryEntry redacted = entry.redacted(entry.changes(), CaseRedactions.MARK,
				entry.redacted() != null ? entry.redacted() : redaction);
		return history.stream().map(each -> each.seq() == seq ? redacted : each).toList();
	}

}
