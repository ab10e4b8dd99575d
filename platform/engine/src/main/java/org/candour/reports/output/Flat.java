package org.candour.reports.output;

import java.util.ArrayList;
import java.util.List;

import org.candour.reports.ReportResult;
import org.candour.reports.ReportTable;

/**
 * A result as one row per combination of dimension values, whatever its layout, so
 * spreadsheets and programs can filter and pivot it: the dimensions' labels, then each
 * measure's cells (a percentage's value, numerator and denominator), then a totals row.
 *
 * @param headings the column headings
 * @param dimensions how many leading columns are labels
 * @param rows the rows
 * @param totals the totals row
 */
record Flat(List<String> headings, int dimensions, List<List<Value>> rows, List<Value> totals) {

	static Flat of(ReportResult result, Figures figures, boolean withTargets) {
		List<ReportResult.Column> dimensions = Grid.kind(result, "dimension");
		List<ReportResult.Column> measures = Grid.kind(result, "measure");
		List<String> headings = new ArrayList<>();
		if (dimensions.isEmpty()) {
			headings.add("");
		}
		dimensions.forEach(dimension -> headings.add(dimension.label()));
		measures.forEach(measure -> headings.addAll(figures.headings(measure, withTargets)));
		List<List<Value>> rows = new ArrayList<>();
		if (!dimensions.isEmpty()) {
			for (ReportTable.Row row : result.rows()) {
				List<Value> cells = new ArrayList<>();
				Grid.labels(result, dimensions, row.key()).forEach(label -> cells.add(Value.ofText(label)));
				measures.forEach(measure -> cells.addAll(figures.values(measure, row.values().get(measure.id()))));
				rows.add(cells);
			}
		}
		List<Value> totals = new ArrayList<>();
		totals.add(Value.ofText(Grid.TOTAL));
		for (int i = 1; i < dimensions.size(); i++) {
			totals.add(Value.ofText(""));
		}
		measures.forEach(measure -> totals.addAll(figures.values(measure, result.totals().get(measure.id()))));
		return new Flat(headings, Math.max(1, dimensions.size()), rows, totals);
	}

}
