package org.candour.cases;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.candour.api.ApiError;
import org.candour.api.Refusal;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Service;

/**
 * Redacts one piece of free text of a case with a reason: a text value of its data or
 * outcome ({@code /data/details}), or the comment of one history entry
 * ({@code /history/3/comment}, a note). The value becomes {@value #MARK} in the case (and
 * its summary, when that copied it), every history entry that recorded it loses it
 * (keeping its place, hash and signature, marked {@code redacted}), and a last entry
 * {@code redaction} by whoever asked names the field — never its value — with the reason:
 * the chain covers the redaction, not the text. A case on legal hold is refused.
 */
@Service
public class CaseRedactions {

	/** What a redacted value reads. */
	public static final String MARK = "[redacted]";

	private final Cases cases;

	private final CaseHistory history;

	CaseRedactions(Cases cases, CaseHistory history) {
		this.cases = cases;
		this.history = history;
	}

	/**
	 * @throws Refusal 404 for no such case, 422 at {@code /pointer} for a field that is
	 * not free text of the case, or a case on legal hold; 409 when it changed meanwhile
	 */
	public void redact(CaseReference reference, String pointer, String reason, String by, Instant at) {
		FeedbackCase current = this.cases.byReference(reference.value())
			.orElseThrow(() -> Refusal.notFound("No case " + reference.value()));
		if (current.current().meta().path(CaseDisposal.HOLD).path("held").asBoolean(false)) {
			throw refused("redaction.legal-hold", "The case is on legal hold: nothing of it can be redacted");
		}
		HistoryEntry.Redaction redaction = new HistoryEntry.Redaction(at, "redaction of " + pointer + ": " + reason);
		Optional<Integer> seq = HistoryComments.seq(pointer);
		FeedbackCase base;
		CaseState after;
		if (seq.isPresent()) {
			base = current.withHistory(HistoryComments.redacted(current.history(), seq.get(), redaction));
			after = current.current();
		}
		else {
			after = redactedState(current.current(), pointer);
			base = current.withHistory(
					current.history().stream().map(entry -> FieldRedaction.of(entry, pointer, redaction)).toList());
		}
		FeedbackCase next = this.history.rewritten(base, after,
				new CaseHistory.Rewrite(at, by, "redaction", reason, List.of(new FieldChange(pointer, null, null))));
		if (!this.cases.overwrite(current, next)) {
			throw Refusal.stale("The case changed meanwhile; try again", Map.of());
		}
	}

	private static CaseState redactedState(CaseState state, String pointer) {
		boolean inData = pointer.startsWith("/data/");
		if (!inData && !pointer.startsWith("/outcome/")) {
			throw refused("redaction.pointer-outside",
					"Only a text value of the case's data or outcome, or a history entry's comment, can be redacted");
		}
		ObjectNode root = (inData ? state.data() : state.outcome()).deepCopy();
		String inner = pointer.substring(inData ? "/data".length() : "/outcome".length());
		JsonNode value = root.at(inner);
		if (!value.isString() || MARK.equals(value.asString())) {
			throw refused("redaction.not-text", "There is no text to redact at " + pointer);
		}
		JsonNode parent = root.at(inner.substring(0, inner.lastIndexOf('/')));
		String last = FieldRedaction.unescape(inner.substring(inner.lastIndexOf('/') + 1));
		if (parent instanceof ObjectNode object) {
			object.put(last, MARK);
		}
		else {
			((tools.jackson.databind.node.ArrayNode) parent).set(Integer.parseInt(last), MARK);
		}
		String summary = value.asString().equals(state.summary()) ? MARK : state.summary();
		return inData ? state.withData(root, summary)
				: new CaseState(state.feedbackType(), state.workflow(), state.state(), state.stateCategory(),
						state.orgUnit(), state.team(), state.officer(), summary, state.data(), root, state.meta(),
						state.clocks(), state.links(), state.closureReason(), state.closedAt());
	}

	static Refusal refused(String code, String message) {
		return Refusal.rulesBroken("The field cannot be redacted", List.of(new ApiError("/pointer", code, message)));
	}

}
