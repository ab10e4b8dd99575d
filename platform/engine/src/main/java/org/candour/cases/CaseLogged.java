package org.candour.cases;

import java.util.Optional;

/**
 * A new case was logged.
 *
 * @param feedbackCase the case as logged, for listeners in the same thread (null when not
 * known: listeners then read it)
 */
public record CaseLogged(CaseReference reference, String feedbackType, String channel, FeedbackCase feedbackCase) {

	public CaseLogged(CaseReference reference, String feedbackType, String channel) {
		this(reference, feedbackType, channel, null);
	}

	/** The case as logged, when the event carries it. */
	public Optional<FeedbackCase> written() {
		return Optional.ofNullable(this.feedbackCase);
	}

}
