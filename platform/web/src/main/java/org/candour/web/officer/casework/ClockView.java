package org.candour.web.officer.casework;

import java.time.LocalDate;
import java.util.List;

/**
 * A clock as the officer reads it. The status is always in words (never by colour alone).
 *
 * @param id the clock's id
 * @param label what it measures
 * @param status running, paused, met or breached, and how close to due
 * @param tagClass the GOV.UK tag colour for the status
 * @param dueDate the day it is due (as the API gives it)
 * @param due the due date in words
 * @param started when it started, in words
 * @param stopped when it stopped, in words, or null
 * @param pauses each pause in words
 * @param extensions each extension in words
 * @param restarts each restart in words, with the due date of the period it ended
 */
record ClockView(String id, String label, String status, String tagClass, LocalDate dueDate, String due, String started,
		String stopped, List<String> pauses, List<String> extensions, List<String> restarts) {
}
