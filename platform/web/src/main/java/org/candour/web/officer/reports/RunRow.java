package org.candour.web.officer.reports;

import org.candour.reports.ReportRun;

/**
 * A run in a report's run history.
 *
 * @param href its page
 * @param requestedBy who asked for it
 * @param requestedAt when, in words
 * @param period its period in words
 * @param structure its structure mode in words
 * @param status its status in words
 * @param tagClass the GOV.UK tag colour of its status
 * @param duration how long it took, in words
 * @param rows how many rows its table has, or {@code null}
 * @param published whether it is published
 */
record RunRow(String href, String requestedBy, String requestedAt, String period, String structure, String status,
		String tagClass, String duration, Integer rows, boolean published) {

	static RunRow of(String tenant, ReportRun run, ReportTime time, ReportMessages messages) {
		return new RunRow(ReportPaths.run(tenant, run.runId()), run.requestedBy(), time.when(run.requestedAt()),
				ReportTime.period(run.parameters()), messages.structure(run.parameters().structure()),
				messages.text("reports.status." + run.status()), tagClass(run.status()),
				ReportTime.duration(run.durationMs()), run.rowCount(), run.published());
	}

	static String tagClass(String status) {
		return switch (status) {
			case ReportRun.COMPLETED -> "govuk-tag--green";
			case ReportRun.FAILED -> "govuk-tag--red";
			case ReportRun.RUNNING -> "govuk-tag--blue";
			default -> "govuk-tag--grey";
		};
	}

}
