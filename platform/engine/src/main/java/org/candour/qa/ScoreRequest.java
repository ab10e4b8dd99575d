package org.candour.qa;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * A score as given: whose it is, an answer (with an optional comment) by standard id, and
 * the sample version the reviewer saw.
 *
 * @param reviewer manager or central
 * @param answers by standard id
 * @param version the version seen; {@code null} to score whatever is stored
 */
public record ScoreRequest(ReviewerKind reviewer, Map<String, Given> answers, Long version) {

	public ScoreRequest {
		answers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(answers));
	}

	/**
	 * @param answer yes, no or partly ({@code null} when not answered)
	 * @param comment the comment; {@code null} or blank when none
	 */
	public record Given(String answer, String comment) {
	}

	/** A request body that matched {@code qa-score}. */
	static ScoreRequest of(JsonNode body, Long version) {
		Map<String, Given> answers = new LinkedHashMap<>();
		body.path("answers")
			.properties()
			.forEach(entry -> answers.put(entry.getKey(), new Given(entry.getValue().path("answer").asString(null),
					entry.getValue().path("comment").asString(null))));
		return new ScoreRequest(ReviewerKind.of(body.path("reviewer").asString()).orElseThrow(), answers, version);
	}

}
