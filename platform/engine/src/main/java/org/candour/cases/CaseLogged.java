package org.candour.cases;

import java.util.Optional;

import tools.jackson.databind.node.ObjectNode;

/**
 * A new case was logged.
 *
 * @param feedbackCase the case as logged, for listeners in the same thread (null when not
 * known: listeners then read it)
 * @param contact the contact details stored with it, when the event carries the case
 * (listeners then need not read them back)
 */
public record CaseLogged(CaseReference reference, String feedbackType, String channel, FeedbackCase feedbackCase,
		ObjectNode contact) {

	public CaseLogged(CaseReference reference, String feedbackType, String channel) {
		this(reference, feedbackType, channel, null, null);
	}

	/** The contact details stored with the case, when the event carries the case. */
	public Optional<ObjectNode> contactGiven() {
		return Optional.ofNullable(this.contact);
	}

	/** The case as logged, when the event carries it. */
	public Optional<FeedbackCase> written() {
		return Optional.ofNullable(this.feedbackCase);
	}

}
