package org.candour.cases;

import java.util.Optional;

/**
 * An action moved a case from one state to another.
 *
 * @param feedbackCase the case as the action wrote it, for listeners in the same thread
 * (null when not known: listeners then read it)
 */
public record CaseTransitioned(CaseReference reference, String action, String from, String to, String feedbackType,
		FeedbackCase feedbackCase) {

	public CaseTransitioned(CaseReference reference, String action, String from, String to, String feedbackType) {
		this(reference, action, from, to, feedbackType, null);
	}

	/** The case as written, when the event carries it. */
	public Optional<FeedbackCase> written() {
		return Optional.ofNullable(this.feedbackCase);
	}

}
