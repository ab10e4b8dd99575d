package org.candour.reports;

import java.time.Instant;

/**
 * A published snapshot of a run: immutable once published.
 *
 * @param runId the run published
 * @param reportId its report
 * @param parameters its period and structure mode
 * @param configVersion the configuration version it ran on
 * @param contentHash the hash of its result
 * @param publishedBy who published it
 * @param publishedAt when
 */
public record PublishedReport(String runId, String reportId, ReportResult.Parameters parameters, int configVersion,
		String contentHash, String publishedBy, Instant publishedAt) {
}
