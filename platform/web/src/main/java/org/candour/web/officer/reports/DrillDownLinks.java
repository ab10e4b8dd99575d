package org.candour.web.officer.reports;

import org.candour.reports.ReportDrillDown;
import org.candour.reports.ReportResult;
import org.candour.reports.ReportTable;
import org.candour.reports.output.CellLinks;

/**
 * Each count and percentage of a run's table links to the cases behind it: the row's
 * index in the result (or {@code total} for the grand totals) and the measure. A
 * crosstab's subtotal, which is no row of the result, has no link; nor has a figure of a
 * report over another source than the cases.
 */
final class DrillDownLinks implements CellLinks {

	private final String tenant;

	private final ReportResult result;

	DrillDownLinks(String tenant, ReportResult result) {
		this.tenant = tenant;
		this.result = result;
	}

	@Override
	public String href(ReportTable.Row row, String measureId) {
		if (!this.result.reportSource().drillDown()) {
			return null;
		}
		if (row == null) {
			return ReportPaths.cases(this.tenant, this.result.runId(), ReportDrillDown.TOTALS, measureId);
		}
		int index = this.result.rows().indexOf(row);
		return (index < 0) ? null
				: ReportPaths.cases(this.tenant, this.result.runId(), String.valueOf(index), measureId);
	}

}
