package org.candour.web.officer.reports;

import java.util.Arrays;
import java.util.List;

import org.candour.reports.output.Format;

/**
 * A download link of a run's output.
 *
 * @param href where it is
 * @param label the format's name
 * @param extension the file extension
 */
record Download(String href, String label, String extension) {

	static List<Download> of(String tenant, String runId, boolean published) {
		return Arrays.stream(Format.values())
			.map(format -> new Download(
					ReportPaths.output(tenant, runId, format.extension()) + (published ? "?published=true" : ""),
					format.name(), format.extension()))
			.toList();
	}

}
