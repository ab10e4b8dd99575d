package org.candour.qa;

import java.time.Instant;

import tools.jackson.databind.node.ObjectNode;

/**
 * A case as sampling sees it.
 *
 * @param reference the case's reference
 * @param feedbackType its feedback type
 * @param officer its assigned officer; {@code null} when none
 * @param orgUnit its org unit; {@code null} when none
 * @param closedAt when it closed; {@code null} while open
 * @param view what a thematic review's condition reads: {@code {data, outcome, meta,
 * state, stateCategory, feedbackType}}
 */
record Candidate(String reference, String feedbackType, String officer, String orgUnit, Instant closedAt,
		ObjectNode view) {
}
