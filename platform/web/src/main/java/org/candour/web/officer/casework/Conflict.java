package org.candour.web.officer.casework;

import java.util.List;

import org.candour.api.Refusal;

import org.springframework.http.HttpStatus;

/**
 * Someone else changed the case after the officer's form was rendered: what they did
 * (newest first), and whether the officer's action can still be taken. The form is shown
 * again with the officer's answers and the current version, so submitting it again
 * retries; nothing was written.
 *
 * @param changes what happened since the form's version
 * @param retry whether the action can still be taken in the case's current state
 */
record Conflict(List<TimelineItem> changes, boolean retry) {

	/** Whether the engine refused because the case had changed. */
	static boolean is(Refusal ex) {
		return ex.is(Refusal.Kind.STALE);
	}

}
