package org.candour.standards;

import java.time.LocalDate;

/**
 * A case a standard looked at: counted in its figure, or open and already past its limit
 * (a breach to come, not yet in a percentage's figure).
 *
 * @param reference the case's reference
 * @param feedbackType its feedback type's id
 * @param state its state's id
 * @param team the team it is allocated to; {@code null} for none
 * @param officer the officer it is allocated to; {@code null} for none
 * @param summary its one-line summary
 * @param from the day counting started (for a clock, its day 0)
 * @param to the day counting ended; {@code null} while the case is open (counted to
 * today)
 * @param due for a clock, the day it is or was due; else {@code null}
 * @param days the time from {@code from} to {@code to} (or today), in the standard's
 * unit; {@code null} for a caseload or a clock
 * @param met whether the case meets the standard
 * @param counted whether the case is in the figure
 * @param open whether the case is open
 */
public record CountedCase(String reference, String feedbackType, String state, String team, String officer,
		String summary, LocalDate from, LocalDate to, LocalDate due, Integer days, boolean met, boolean counted,
		boolean open) {
}
