package org.candour.web.resident;

import java.io.Serializable;

import jakarta.servlet.http.HttpSession;

/**
 * What the session keeps of a sent journey, for its confirmation page (its answers are
 * gone): the idempotency key its case was logged with, to find the case and issue its
 * tracking link, and the reference.
 *
 * @param idempotencyKey the journey's idempotency key
 * @param reference the case reference, or null when the submission was quietly dropped
 * (honeypot)
 */
record SentFeedback(String idempotencyKey, String reference) implements Serializable {

	private static final String PREFIX = "candour.feedback-sent:";

	static SentFeedback keep(HttpSession session, String tenant, String type, String idempotencyKey, String reference) {
		SentFeedback sent = new SentFeedback(idempotencyKey, reference);
		session.setAttribute(PREFIX + tenant + ":" + type, sent);
		return sent;
	}

	/** What was last sent of {@code type} in this session, or null. */
	static SentFeedback find(HttpSession session, String tenant, String type) {
		return (SentFeedback) session.getAttribute(PREFIX + tenant + ":" + type);
	}

}
