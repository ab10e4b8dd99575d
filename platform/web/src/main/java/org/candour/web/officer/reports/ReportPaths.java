package org.candour.web.officer.reports;

import org.candour.web.officer.OfficerPaths;

/** Where the report pages live. */
final class ReportPaths {

	private ReportPaths() {
	}

	static String list(String tenant) {
		return OfficerPaths.reports(tenant);
	}

	static String runForm(String tenant, String reportId) {
		return list(tenant) + "/" + reportId + "/run";
	}

	static String run(String tenant, String runId) {
		return list(tenant) + "/runs/" + runId;
	}

	static String output(String tenant, String runId, String extension) {
		return run(tenant, runId) + "/output." + extension;
	}

	static String publishedList(String tenant, String reportId) {
		return list(tenant) + "/" + reportId + "/published";
	}

	static String published(String tenant, String runId) {
		return list(tenant) + "/published/" + runId;
	}

	/** The drill-down list of a figure: a row's index in the result, or "total". */
	static String cases(String tenant, String runId, String row, String measureId) {
		return run(tenant, runId) + "/cases?row=" + row + "&measure=" + measureId;
	}

}
