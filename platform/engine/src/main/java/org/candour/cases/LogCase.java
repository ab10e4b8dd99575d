package org.candour.cases;

import java.time.Instant;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The command to log a case.
 *
 * @param feedbackType the feedback type of the tenant's active configuration
 * @param data the answers to its form (checked against the form's schema and rules)
 * @param people contact details given apart from the form, or null
 * @param channel how it arrived ({@code web} when null)
 * @param receivedAt when it was received (now when null; earlier needs a reason)
 * @param backdatedReason why the receipt is back-dated, or null
 * @param orgUnit the org unit, or null for the feedback type's default
 * @param comment a note for the history, or null
 * @param language the language the resident wrote in ({@code en}, {@code cy}), or null
 */
public record LogCase(String feedbackType, ObjectNode data, ObjectNode people, String channel, Instant receivedAt,
		String backdatedReason, String orgUnit, String comment, String language) {

	public LogCase {
		data = (data != null) ? data : JsonNodeFactory.instance.objectNode();
		channel = (channel != null) ? channel : "web";
	}

	/** Reads a request body checked against the {@code case-create} schema. */
	public static LogCase read(JsonNode body) {
		return new LogCase(body.path("feedbackType").asString(),
				body.path("data") instanceof ObjectNode data ? data : null,
				body.path("people") instanceof ObjectNode people ? people : null, body.path("channel").asString(null),
				body.has("receivedAt") ? Instant.parse(body.path("receivedAt").asString()) : null,
				body.path("backdatedReason").asString(null), body.path("orgUnit").asString(null),
				body.path("comment").asString(null), body.path("language").asString(null));
	}

}
