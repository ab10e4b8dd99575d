package org.candour.cases;

import java.util.Comparator;
import java.util.Date;

import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.Codec;
import org.candour.workflow.CaseClock;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Maps cases to stored documents: the case as JSON, plus top-level copies of what queues
 * and reports filter and sort on (state, open, org unit, assignee, next due date,
 * breached, received).
 */
final class CaseCodec {

	private final JsonMapper json;

	CaseCodec(JsonMapper json) {
		this.json = json;
	}

	Document toBson(FeedbackCase feedbackCase) {
		Document stored = BsonTrees.toEncodedDocument(this.json.valueToTree(feedbackCase));
		CaseState state = feedbackCase.current();
		stored.put("_id", feedbackCase.id());
		stored.put("feedbackType", state.feedbackType());
		stored.put("state", state.state());
		stored.put("stateCategory", state.stateCategory());
		stored.put("open", state.open());
		stored.put("orgUnit", state.orgUnit());
		stored.put("team", state.team());
		stored.put("officer", state.officer());
		stored.put("unassigned", state.team() == null && state.officer() == null);
		stored.put("summary", state.summary());
		stored.put("receivedAtDate", Date.from(feedbackCase.receivedAt()));
		stored.put("nextDue", nextDue(state));
		stored.put("breached", state.clocks().stream().anyMatch(CaseClock::overdue));
		stored.put("sweepDue", sweepDue(state));
		return stored;
	}

	/**
	 * A case read as BSON bytes, turned into a tree straight from them; a value of a type
	 * cases never hold is converted through a {@link Document} as always.
	 */
	FeedbackCase fromBson(RawBsonDocument stored, Codec<Document> documents) {
		ObjectNode tree = BsonTrees.toTree(stored).orElseGet(() -> BsonTrees.toTree(stored.decode(documents)));
		return this.json.treeToValue(tree, FeedbackCase.class);
	}

	/**
	 * The earliest due date of a running or paused clock not yet marked breached: when
	 * the sweep must look.
	 */
	static String sweepDue(CaseState state) {
		return state.clocks()
			.stream()
			.filter(clock -> !clock.stopped() && !clock.overdue())
			.map(CaseClock::dueDate)
			.filter(java.util.Objects::nonNull)
			.min(Comparator.naturalOrder())
			.map(Object::toString)
			.orElse(null);
	}

	/**
	 * The earliest due date of a clock that is still running or paused, as YYYY-MM-DD.
	 */
	static String nextDue(CaseState state) {
		return state.clocks()
			.stream()
			.filter(clock -> !clock.stopped())
			.map(CaseClock::dueDate)
			.filter(java.util.Objects::nonNull)
			.min(Comparator.naturalOrder())
			.map(Object::toString)
			.orElse(null);
	}

}
