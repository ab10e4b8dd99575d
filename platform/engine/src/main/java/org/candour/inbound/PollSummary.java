package org.candour.inbound;

import java.time.Instant;

/**
 * What one poll of a mailbox did.
 *
 * @param at when it ran
 * @param contacts new contacts logged
 * @param replies replies added to their cases
 * @param ignored auto-replies and bounces ignored
 * @param failed messages that could not be taken in (left unread for the next poll)
 * @param problem why the mailbox could not be read (no password, connection refused…), or
 * null
 */
public record PollSummary(Instant at, int contacts, int replies, int ignored, int failed, String problem) {

	static PollSummary notRead(Instant at, String problem) {
		return new PollSummary(at, 0, 0, 0, 0, problem);
	}

}
