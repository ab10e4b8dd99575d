package org.candour.definition;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.candour.definition.model.ReportDefinition;

/**
 * A report's layout names its own dimensions: each id in {@code layout.rows} and
 * {@code layout.columns} is a dimension of the report, and no dimension is both a row and
 * a column.
 */
final class ReportLayoutChecks {

	private final List<Problem> problems;

	ReportLayoutChecks(List<Problem> problems) {
		this.problems = problems;
	}

	void check(String key, ReportDefinition report) {
		ReportDefinition.Layout layout = report.layout();
		if (layout == null) {
			return;
		}
		Set<String> dimensions = report.dimensions()
			.stream()
			.map(ReportDefinition.Dimension::id)
			.collect(Collectors.toSet());
		dimensionsOnly(key, "rows", layout.rows(), dimensions);
		dimensionsOnly(key, "columns", layout.columns(), dimensions);
		for (int i = 0; i < layout.columns().size(); i++) {
			String id = layout.columns().get(i);
			if (layout.rows().contains(id)) {
				this.problems.add(Problem.error("report.layout-dimension-twice", key, "/spec/layout/columns/" + i,
						"Dimension '" + id + "' is already a row; a dimension is shown as rows or as columns"));
			}
		}
	}

	private void dimensionsOnly(String key, String part, List<String> ids, Set<String> dimensions) {
		for (int i = 0; i < ids.size(); i++) {
			String id = ids.get(i);
			if (!dimensions.contains(id)) {
				this.problems.add(Problem.error("ref.report-dimension-missing", key, "/spec/layout/" + part + "/" + i,
						"This report has no dimension '" + id + "'"));
			}
		}
	}

}
