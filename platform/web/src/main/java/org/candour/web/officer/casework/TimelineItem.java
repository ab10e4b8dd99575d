package org.candour.web.officer.casework;

import java.util.List;

/**
 * One history entry in words: who, when, what, and every changed value.
 *
 * @param seq the entry's number in the history
 * @param at when, in words
 * @param atIso when, as an ISO instant (for the {@code time} element)
 * @param by who
 * @param what the action's label
 * @param move the change of state in words, or null
 * @param changes the changed values
 * @param comment the comment or note, or null
 */
record TimelineItem(int seq, String at, String atIso, String by, String what, String move, List<Change> changes,
		String comment) {

	/** A changed value. */
	record Change(String label, String before, String after) {
	}

}
