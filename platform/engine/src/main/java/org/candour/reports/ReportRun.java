package org.candour.reports;

import java.time.Instant;

/**
 * One run of a report, as its history records it: who asked, when, with which parameters,
 * how it went, and (once done) the hash of its result.
 *
 * @param runId the run
 * @param reportId the report definition run
 * @param configVersion the configuration version whose definition ran
 * @param parameters period and structure mode
 * @param status {@code queued}, {@code running}, {@code completed} or {@code failed}
 * @param requestedBy who asked (a user, or {@code schedule} for a scheduled run)
 * @param requestedAt when it was asked for; the figures are as at this instant
 * @param startedAt when it last started, or {@code null}
 * @param finishedAt when it finished, or {@code null}
 * @param durationMs run time of the last attempt, or {@code null}
 * @param rowCount rows in the result, or {@code null}
 * @param contentHash the result's hash, or {@code null}
 * @param error why it failed, or {@code null}
 * @param published whether a snapshot of it is published
 */
public record ReportRun(String runId, String reportId, int configVersion, ReportResult.Parameters parameters,
		String status, String requestedBy, Instant requestedAt, Instant startedAt, Instant finishedAt, Long durationMs,
		Integer rowCount, String contentHash, String error, boolean published) {

	public static final String QUEUED = "queued";

	public static final String RUNNING = "running";

	public static final String COMPLETED = "completed";

	public static final String FAILED = "failed";

	public boolean done() {
		return COMPLETED.equals(this.status);
	}

}
