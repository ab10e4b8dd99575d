package org.candour.admin.reports;

import java.util.ArrayList;
import java.util.List;

import org.candour.definition.CheckedConfiguration;
import org.candour.definition.editing.ReportSchedule;
import org.candour.definition.model.ReportDefinition;
import org.candour.reports.DashboardFigures;

/** Where a report of the draft is used, in words. */
final class ReportUses {

	private ReportUses() {
	}

	static List<String> of(CheckedConfiguration checked, String id, String schedule) {
		List<String> uses = new ArrayList<>();
		ReportDefinition report = (checked.model() == null) ? null : checked.model().reports().get(id);
		boolean equality = report != null && report.reportSource().equality();
		uses.add(equality ? "Report pages: equality analysts, managers and auditors run it and read its runs"
				: "Report pages: managers, auditors and tenant administrators run it, read and download its runs");
		if (schedule != null) {
			uses.add("Scheduled runs: " + ReportSchedule.of(schedule).words());
		}
		if (checked.model() != null && DashboardFigures.targetReport(checked.model())
			.map(ReportDefinition::id)
			.filter(id::equals)
			.isPresent()) {
			uses.add("Manager dashboard: its timeliness figure is shown against this report's target");
		}
		return uses;
	}

}
