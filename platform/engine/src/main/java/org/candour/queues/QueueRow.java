package org.candour.queues;

import java.time.Instant;
import java.time.LocalDate;

import org.candour.workflow.Rag;
import tools.jackson.databind.JsonNode;

/**
 * One case as a queue lists it.
 *
 * @param reference public reference
 * @param version the version the row was read at (bulk actions check it)
 * @param feedbackType the feedback type
 * @param state the workflow state
 * @param orgUnit the directorate, service or team the case is about
 * @param team the team it is allocated to
 * @param officer the officer it is allocated to
 * @param summary one-line summary
 * @param channel how it arrived
 * @param receivedAt when it was received
 * @param nearest the running (or paused) clock due first; {@code null} when none runs
 * @param riskFlags the high-risk flags its risk assessment records
 * @param reassessRisk whether its case data changed after its risk assessment
 */
public record QueueRow(String reference, long version, String feedbackType, String state, String orgUnit, String team,
		String officer, String summary, String channel, Instant receivedAt, NearestClock nearest,
		java.util.Set<String> riskFlags, boolean reassessRisk) {

	/**
	 * The clock of a case that is due first, with its status today.
	 *
	 * @param id the clock's id in the case's workflow
	 * @param label the clock's name for officers, as configured
	 * @param dueDate the day it is due
	 * @param rag red (overdue), amber (due within its warning period) or green
	 * @param paused whether it is paused (its due date moves out while it is)
	 */
	public record NearestClock(String id, JsonNode label, LocalDate dueDate, Rag rag, boolean paused) {
	}

}
