package org.candour.web.resident;

import java.io.Serializable;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One resident's way through one feedback type's pages, kept in the HTTP session: the
 * answers so far (form data and contact details apart), the idempotency key its
 * submission logs the case with, and the reference once it is logged.
 */
final class FeedbackJourney implements Serializable {

	private static final long serialVersionUID = 1L;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String idempotencyKey = "web-" + UUID.randomUUID();

	private String data = "{}";

	private String contact = "{}";

	private boolean submitted;

	private String reference;

	static String key(String tenant, String type) {
		return "candour.feedback-journey:" + tenant + ":" + type;
	}

	ObjectNode data() {
		return (ObjectNode) JSON.readTree(this.data);
	}

	ObjectNode contact() {
		return (ObjectNode) JSON.readTree(this.contact);
	}

	void answer(String field, JsonNode value, boolean asContact) {
		ObjectNode answers = asContact ? contact() : data();
		if (value == null) {
			answers.remove(field);
		}
		else {
			answers.set(field, value);
		}
		if (asContact) {
			this.contact = answers.toString();
		}
		else {
			this.data = answers.toString();
		}
	}

	String idempotencyKey() {
		return this.idempotencyKey;
	}

	void submitted(String reference) {
		this.submitted = true;
		this.reference = reference;
	}

	boolean isSubmitted() {
		return this.submitted;
	}

	/** The case reference, or null when the submission was quietly dropped (honeypot). */
	String reference() {
		return this.reference;
	}

}
