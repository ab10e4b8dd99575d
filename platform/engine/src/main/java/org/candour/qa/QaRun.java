package org.candour.qa;

import java.time.Instant;

/**
 * A month's sampling run: when it happened, who started it (the schedule is
 * {@value QaSampling#SCHEDULE}), the seed it drew with and what it drew.
 *
 * @param period the month, {@code YYYY-MM}
 * @param seed the seed of the draw
 * @param ranAt when
 * @param by who started it
 * @param closedCases how many cases closed in the month before (what central sampling
 * drew its share from)
 * @param lineManager samples drawn by line-manager sampling
 * @param central samples drawn by central sampling
 * @param thematic samples drawn by thematic reviews
 */
public record QaRun(String period, String seed, Instant ranAt, String by, int closedCases, int lineManager, int central,
		int thematic) {
}
