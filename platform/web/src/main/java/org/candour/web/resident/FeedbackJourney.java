package org.candour.web.resident;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;
import org.candour.journeys.SavedJourney;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One resident's way through one feedback type's pages, kept in the HTTP session until
 * the case is logged: the answers so far (form data and contact details apart) and the
 * idempotency key its submission logs the case with.
 */
final class FeedbackJourney implements Serializable {

	private static final long serialVersionUID = 1L;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String idempotencyKey;

	private String data;

	private String contact;

	private static final String PREFIX = "candour.feedback-journey:";

	/** Preview journeys through a draft form: apart from residents' real ones. */
	private static final String PREVIEW_PREFIX = "candour.preview-journey:";

	private FeedbackJourney() {
		this("web-" + UUID.randomUUID(), "{}", "{}");
	}

	private FeedbackJourney(String idempotencyKey, String data, String contact) {
		this.idempotencyKey = idempotencyKey;
		this.data = data;
		this.contact = contact;
	}

	/** A journey saved beyond an earlier session, back in {@code session}. */
	static FeedbackJourney restore(HttpSession session, String tenant, String type, SavedJourney saved) {
		FeedbackJourney journey = new FeedbackJourney(saved.idempotencyKey(), saved.data(), saved.contact());
		session.setAttribute(key(tenant, type), journey);
		return journey;
	}

	/** What to save of it beyond the session. */
	SavedJourney saved() {
		return new SavedJourney(this.idempotencyKey, this.data, this.contact);
	}

	static String key(String tenant, String type) {
		return PREFIX + tenant + ":" + type;
	}

	/** Where a preview of the draft of {@code type} keeps its answers in a session. */
	static String previewKey(String tenant, String type) {
		return PREVIEW_PREFIX + tenant + ":" + type;
	}

	/**
	 * What the answers of all the journeys of {@code session} take (UTF-8 bytes),
	 * previews included.
	 */
	static long sizeOfAll(HttpSession session) {
		long size = 0;
		for (String name : Collections.list(session.getAttributeNames())) {
			if ((name.startsWith(PREFIX) || name.startsWith(PREVIEW_PREFIX))
					&& session.getAttribute(name) instanceof FeedbackJourney journey) {
				size += journey.size();
			}
		}
		return size;
	}

	/** The journey of this session through {@code type}, started if need be. */
	static FeedbackJourney of(HttpSession session, String tenant, String type) {
		return ofKey(session, key(tenant, type));
	}

	/** The journey of this session kept under {@code key}, started if need be. */
	static FeedbackJourney ofKey(HttpSession session, String key) {
		FeedbackJourney journey = (FeedbackJourney) session.getAttribute(key);
		if (journey == null) {
			journey = new FeedbackJourney();
		}
		session.setAttribute(key, journey);
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

	/** What its answers take (UTF-8 bytes). */
	long size() {
		return bytes(this.data) + bytes(this.contact);
	}

	/** What {@link #size()} would be with {@code answers} given (null: forgotten). */
	long sizeWith(Map<String, JsonNode> answers, boolean asContact) {
		ObjectNode changed = asContact ? contact() : data();
		answers.forEach((field, value) -> {
			if (value == null) {
				changed.remove(field);
			}
			else {
				changed.set(field, value);
			}
		});
		return bytes(changed.toString()) + bytes(asContact ? this.data : this.contact);
	}

	private static long bytes(String json) {
		return json.getBytes(StandardCharsets.UTF_8).length;
	}

	String idempotencyKey() {
		return this.idempotencyKey;
	}

	/**
	 * Ends the journey once it is sent (reference null: quietly dropped): its answers
	 * leave the session, so going back starts afresh, and only what the confirmation page
	 * shows is kept.
	 */
	SentFeedback end(HttpSession session, String tenant, String type, String reference) {
		session.removeAttribute(key(tenant, type));
		return SentFeedback.keep(session, tenant, type, this.idempotencyKey, reference);
	}

}
