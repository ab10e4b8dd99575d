package org.candour.web.resident;

import java.io.Serializable;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;
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

	/** The journey of this session through {@code type}, started if need be. */
	static FeedbackJourney of(HttpSession session, String tenant, String type) {
		FeedbackJourney journey = find(session, tenant, type);
		if (journey == null) {
			journey = new FeedbackJourney();
		}
		session.setAttribute(key(tenant, type), journey);
		return journey;
	}

	/** The journey of this session through {@code type}, or null. */
	static FeedbackJourney find(HttpSession session, String tenant, String type) {
		return (FeedbackJourney) session.getAttribute(key(tenant, type));
	}

	/** Where the pages of {@code type} live. */
	static String path(String tenant, String type) {
		return "/t/" + tenant + "/feedback/" + type;
	}

	/** Form data and contact details together, as the form's schema sees them. */
	ObjectNode answers() {
		ObjectNode all = data();
		all.setAll(contact());
		return all;
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
