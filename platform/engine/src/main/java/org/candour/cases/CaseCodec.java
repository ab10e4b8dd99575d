package org.candour.cases;

import java.util.Comparator;
import java.util.Date;
import java.util.List;

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

	/** The top-level copies of case fields that queues and reports filter and sort on. */
	static final List<String> STORED_COPIES = List.of("feedbackType", "state", "stateCategory", "open", "orgUnit",
			"team", "officer", "unassigned", "summary", "receivedAtDate", "nextDue", "breached", "sweepDue");

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
	 * The update that turns the stored {@code previous} into {@code next}, which appends
	 * to its history: every field but the history set (and any no longer there unset),
	 * the new history entries pushed. The history already stored is neither sent nor
	 * encoded again. Empty when {@code next} does not extend {@code previous}'s history;
	 * the whole case is then replaced.
	 */
	java.util.Optional<Document> toUpdate(FeedbackCase previous, FeedbackCase next) {
		List<HistoryEntry> before = previous.history();
		List<HistoryEntry> after = next.history();
		if (after.size() < before.size() || !before.isEmpty() && !java.util.Objects
			.equals(before.get(before.size() - 1).hash(), after.get(before.size() - 1).hash())) {
			return java.util.Optional.empty();
		}
		Document fields = toBson(withoutHistory(next));
		fields.remove("history");
		fields.remove("_id");
		Document update = new Document("$set", fields);
		Document unset = new Document();
		TOP_LEVEL.stream().filter(key -> !fields.containsKey(key)).forEach(key -> unset.put(key, ""));
		if (!unset.isEmpty()) {
			update.put("$unset", unset);
		}
		List<HistoryEntry> added = after.subList(before.size(), after.size());
		if (!added.isEmpty()) {
			ObjectNode entries = this.json.createObjectNode();
			entries.set("each", this.json.valueToTree(added));
			update.put("$push",
					new Document("history", new Document("$each", BsonTrees.toEncodedDocument(entries).get("each"))));
		}
		return java.util.Optional.of(update);
	}

	/** Every top-level field a stored case can have but its id and history. */
	private static final List<String> TOP_LEVEL = topLevel();

	private static List<String> topLevel() {
		List<String> keys = new java.util.ArrayList<>();
		for (java.lang.reflect.RecordComponent component : FeedbackCase.class.getRecordComponents()) {
			keys.add(component.getName());
		}
		keys.addAll(STORED_COPIES);
		keys.removeAll(List.of("id", "history"));
		return List.copyOf(keys);
	}

	private static FeedbackCase withoutHistory(FeedbackCase c) {
		return new FeedbackCase(c.id(), c.reference(), c.configVersion(), c.channel(), c.receivedAt(), c.receivedOn(),
				c.backdatedReason(), c.idempotencyKey(), c.createdAt(), c.updatedAt(), c.version(), c.current(),
				List.of(), c.pendingEscalations(), c.notifications(), c.peopleHash(), c.files());
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
		return state.nextDue().map(Object::toString).orElse(null);
	}

}
