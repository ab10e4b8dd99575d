package org.candour.web.officer.reports;

import java.util.List;

import org.candour.reports.ReportResult;
import org.candour.reports.output.ReportOutputs;

/**
 * A download link of a run's output, in a format the report offers.
 *
 * @param href where it is
 * @param label the format's name
 * @param extension the file extension
 */
record Download(String href, String label, String extension) {

	/** A link for each format the run's definition offers. */
	static List<Download> of(String tenant, String runId, ReportResult result, boolean published) {
		return ReportOutputs.offered(result)
			.stream()
			.map(format -> new Download(
					ReportPaths.output(tenant, runId, format.extension()) + (published ? "?published=true" : ""),
					format.name(), format.extension()))
			.toList();
	}

}
