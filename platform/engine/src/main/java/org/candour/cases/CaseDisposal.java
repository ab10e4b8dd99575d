package org.candour.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.candour.definition.model.FeedbackType;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Lets closed cases go at the end of their retention period ({@code dataProtection} of
 * their feedback type): which are due, and their anonymisation or deletion. Anonymising
 * deletes the people part and the files, removes free text from the data, the outcome and
 * every history entry ({@link Anonymiser}), and records it as a last history entry by the
 * system, all in one conditional write of the case after its people part and files are
 * gone: a case changed meanwhile is left for the next run, which finds it due again. A
 * case on legal hold ({@code meta.legalHold.held}) is never disposed of.
 */
@Service
public class CaseDisposal {

	public static final String HOLD = "legalHold";

	private final Cases cases;

	private final People people;

	private final CaseFiles files;

	private final CaseHistory history;

	private final CaseMetaUpdates meta;

	private final JsonMapper json;

	private final ApplicationEventPublisher events;

	CaseDisposal(Cases cases, People people, CaseFiles files, CaseHistory history, CaseMetaUpdates meta,
			JsonMapper json, ApplicationEventPublisher events) {
		this.cases = cases;
		this.people = people;
		this.files = files;
		this.history = history;
		this.meta = meta;
		this.json = json;
		this.events = events;
	}

	/**
	 * A closed case whose retention period has ended or ends.
	 *
	 * @param reference its reference
	 * @param from the day its period counts from (closure or last activity)
	 * @param endsOn the first day it may be disposed of
	 * @param held whether it is on legal hold
	 */
	public record Due(String reference, LocalDate from, LocalDate endsOn, boolean held) {
	}

	/**
	 * The closed, not yet disposed cases of the feedback type whose period under the rule
	 * ends on or before {@code on}, those on legal hold included (marked), the earliest
	 * first.
	 */
	public List<Due> due(String feedbackType, FeedbackType.Retention rule, LocalDate on) {
		List<Due> due = new ArrayList<>();
		this.cases.forEach(
				new Document("feedbackType", feedbackType).append("stateCategory", "closed")
					.append("current.meta.disposal", new Document("$exists", false)),
				new Document("reference", 1).append("updatedAt", 1)
					.append("current.closedAt", 1)
					.append("current.meta." + HOLD, 1),
				stored -> {
					Document current = stored.get("current", Document.class);
					Instant from = instant(rule.fromLastActivity() ? stored.get("updatedAt")
							: (current == null) ? null : current.get("closedAt"));
					if (from == null) {
						return;
					}
					LocalDate endsOn = rule.endsOn(from);
					if (!endsOn.isAfter(on)) {
						due.add(new Due(stored.getString("reference"), from.atZone(ZoneOffset.UTC).toLocalDate(),
								endsOn, held(current)));
					}
				});
		due.sort(Comparator.comparing(Due::endsOn).thenComparing(Due::reference));
		return due;
	}

	/**
	 * Anonymises or deletes the case, as the rule says, when it is still closed, not
	 * disposed of, not on legal hold and due on {@code at}'s day.
	 * @return whether it was disposed of now (false: not due, held, gone, or changed
	 * meanwhile — the next run looks again)
	 */
	public boolean dispose(CaseReference reference, FeedbackType.Retention rule, String ruleWords, Instant at) {
		Optional<FeedbackCase> found = this.cases.byReference(reference.value());
		if (found.isEmpty()) {
			return false;
		}
		FeedbackCase current = found.get();
		if (!stillDue(current, rule, at.atZone(ZoneOffset.UTC).toLocalDate())) {
			return false;
		}
		this.people.delete(current.id());
		this.files.deleteAll(current);
		boolean written;
		if (rule.delete()) {
			written = this.cases.delete(current);
		}
		else {
			ObjectNode disposal = this.json.createObjectNode()
				.put("at", at.toString())
				.put("rule", ruleWords)
				.put("action", "anonymise");
			written = this.cases.overwrite(current,
					this.history.anonymised(current, Anonymiser.state(current.current(), disposal), at, ruleWords));
		}
		if (written) {
			this.events.publishEvent(new CaseDisposed(reference, rule.delete()));
		}
		return written;
	}

	/** Puts the case on legal hold, or takes it off, with the reason in its history. */
	public boolean hold(CaseReference reference, boolean held, String reason, String by, Instant at) {
		ObjectNode hold = this.json.createObjectNode().put("held", held).put("by", by).put("at", at.toString());
		return this.meta.put(reference, HOLD, hold, held ? "legal-hold" : "legal-hold-released", reason);
	}

	private static boolean stillDue(FeedbackCase current, FeedbackType.Retention rule, LocalDate today) {
		CaseState state = current.current();
		if (state.open() || state.meta().has("disposal") || state.meta().path(HOLD).path("held").asBoolean(false)) {
			return false;
		}
		Instant from = rule.fromLastActivity() ? current.updatedAt() : state.closedAt();
		return from != null && !rule.endsOn(from).isAfter(today);
	}

	private static boolean held(Document current) {
		Document meta = (current == null) ? null : current.get("meta", Document.class);
		Document hold = (meta == null) ? null : meta.get(HOLD, Document.class);
		return hold != null && Boolean.TRUE.equals(hold.get("held"));
	}

	private static Instant instant(Object stored) {
		if (stored instanceof Date date) {
			return date.toInstant();
		}
		if (stored instanceof String text && !text.isEmpty()) {
			return Instant.parse(text);
		}
		return null;
	}

}
