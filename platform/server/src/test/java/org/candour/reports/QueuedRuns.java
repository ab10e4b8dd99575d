package org.candour.reports;

import java.time.Instant;
import java.util.UUID;

import org.springframework.boot.test.context.TestComponent;

/**
 * Records a run that is waiting to start, as a run launched in the background is until a
 * worker takes it up (the web tests run reports synchronously, so they never see one
 * otherwise).
 */
@TestComponent
public class QueuedRuns {

	private final ReportRunStore store;

	QueuedRuns(ReportRunStore store) {
		this.store = store;
	}

	/** A run of a report of the current tenant, queued; its id. */
	public String queued(String reportId, String requestedBy, Instant at) {
		String runId = UUID.randomUUID().toString();
		this.store.create(new ReportRun(runId, reportId, 1, new ReportResult.Parameters(null, null, "at-the-time"),
				ReportRun.QUEUED, requestedBy, at, null, null, null, null, null, null, false));
		return runId;
	}

}
