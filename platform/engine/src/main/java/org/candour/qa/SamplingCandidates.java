package org.candour.qa;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import org.candour.cases.CaseDocuments;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

/**
 * Reads the current tenant's cases sampling draws from: those open now, and those closed
 * in a span of time (closure instants are stored as ISO text, so the store narrows by
 * text and each instant is then compared exactly).
 */
@Component
class SamplingCandidates {

	private static final JsonWriterSettings RELAXED = JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build();

	private static final List<String> FIELDS = List.of("reference", "feedbackType", "officer", "orgUnit", "state",
			"stateCategory", "current.closedAt", "current.data", "current.outcome", "current.meta");

	private final CaseDocuments cases;

	private final JsonMapper json;

	SamplingCandidates(CaseDocuments cases, JsonMapper json) {
		this.cases = cases;
		this.json = json;
	}

	List<Candidate> open() {
		List<Candidate> found = new ArrayList<>();
		this.cases.forEach(new Document("open", true), FIELDS, stored -> found.add(candidate(stored)));
		return found;
	}

	/** The cases closed at or after {@code from} and before {@code to}. */
	List<Candidate> closedBetween(Instant from, Instant to) {
		// a whole second either side: text order and instant order differ only within one
		Document span = new Document("$gte", from.minusSeconds(1).toString()).append("$lt",
				to.plusSeconds(1).toString());
		List<Candidate> found = new ArrayList<>();
		this.cases.forEach(new Document("open", false).append("current.closedAt", span), FIELDS, stored -> {
			Candidate candidate = candidate(stored);
			if (candidate.closedAt() != null && !candidate.closedAt().isBefore(from)
					&& candidate.closedAt().isBefore(to)) {
				found.add(candidate);
			}
		});
		return found;
	}

	private Candidate candidate(Document stored) {
		JsonNode tree = this.json.readTree(stored.toJson(RELAXED));
		JsonNode current = tree.path("current");
		ObjectNode view = this.json.createObjectNode();
		view.set("data", current.path("data").isObject() ? current.get("data") : this.json.createObjectNode());
		view.set("outcome", current.path("outcome").isObject() ? current.get("outcome") : this.json.createObjectNode());
		view.set("meta", current.path("meta").isObject() ? current.get("meta") : this.json.createObjectNode());
		view.put("state", text(tree, "state"));
		view.put("stateCategory", text(tree, "stateCategory"));
		view.put("feedbackType", text(tree, "feedbackType"));
		String closedAt = text(current, "closedAt");
		return new Candidate(text(tree, "reference"), text(tree, "feedbackType"), text(tree, "officer"),
				text(tree, "orgUnit"), (closedAt != null) ? Instant.parse(closedAt) : null, view);
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return value.isString() ? value.asString() : null;
	}

}
