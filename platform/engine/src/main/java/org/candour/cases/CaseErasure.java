package org.candour.cases;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Erases a person from a closed case on request (UK GDPR article 17), as anonymisation at
 * the end of retention does ({@link Anonymiser}): the people part, the files and the
 * notifications go, free text leaves the data, outcome and every history entry (each
 * keeping its place, hash and signature), and a last entry {@code erased} by whoever
 * asked records the result with the reason, so the chain still verifies and reports still
 * count the case. An open case, or one on legal hold, is left as it is and said so.
 */
@Service
public class CaseErasure {

	static final String RULE = "erasure of the person's details on request";

	private static final int ATTEMPTS = 5;

	private final Cases cases;

	private final People people;

	private final CaseFiles files;

	private final CaseHistory history;

	private final JsonMapper json;

	private final ApplicationEventPublisher events;

	CaseErasure(Cases cases, People people, CaseFiles files, CaseHistory history, JsonMapper json,
			ApplicationEventPublisher events) {
		this.cases = cases;
		this.people = people;
		this.files = files;
		this.history = history;
		this.json = json;
		this.events = events;
	}

	/** What came of erasing a person from one case. */
	public enum Outcome {

		ERASED, ON_LEGAL_HOLD, OPEN, NOT_FOUND, KEPT_CHANGING

	}

	public Outcome erase(CaseReference reference, String reason, String by, Instant at) {
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			Optional<FeedbackCase> found = this.cases.byReference(reference.value());
			if (found.isEmpty()) {
				return Outcome.NOT_FOUND;
			}
			FeedbackCase current = found.get();
			CaseState state = current.current();
			if (state.meta().path(CaseDisposal.HOLD).path("held").asBoolean(false)) {
				return Outcome.ON_LEGAL_HOLD;
			}
			if (state.open()) {
				return Outcome.OPEN;
			}
			this.people.delete(current.id());
			this.files.deleteAll(current);
			ObjectNode erasure = this.json.createObjectNode()
				.put("at", at.toString())
				.put("by", by)
				.put("reason", reason);
			FeedbackCase next = this.history.anonymised(current, Anonymiser.state(state, "erasure", erasure),
					new HistoryEntry.Redaction(at, RULE), new CaseHistory.Rewrite(at, by, "erased",
							"The person's details were erased: " + reason, List.of()));
			if (this.cases.overwrite(current, next)) {
				this.events.publishEvent(new CaseDisposed(reference, false));
				return Outcome.ERASED;
			}
		}
		return Outcome.KEPT_CHANGING;
	}

}
