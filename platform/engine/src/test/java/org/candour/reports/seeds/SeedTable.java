package org.candour.reports.seeds;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.candour.reports.ReportTable;

/**
 * A report table read as a seed table prints it: each report row under its seed label,
 * with the chosen measures in the seed's column order (counts as whole numbers,
 * percentages to one decimal). A row the labels do not know fails the test.
 */
final class SeedTable {

	private SeedTable() {
	}

	static Map<String, List<Number>> rows(ReportTable table, Function<Map<String, String>, String> label,
			String... measures) {
		Map<String, List<Number>> rows = new TreeMap<>();
		for (ReportTable.Row row : table.rows()) {
			String name = label.apply(row.key());
			if (name == null) {
				throw new AssertionError("A row the seed table does not have: " + row);
			}
			if (rows.put(name, figures(row.values(), measures)) != null) {
				throw new AssertionError("Two report rows for seed row " + name);
			}
		}
		return rows;
	}

	static List<Number> totals(ReportTable table, String... measures) {
		return figures(table.totals(), measures);
	}

	private static List<Number> figures(Map<String, ReportTable.Figure> values, String... measures) {
		List<Number> figures = new ArrayList<>();
		for (String measure : measures) {
			ReportTable.Figure figure = values.get(measure);
			figures.add((figure.denominator() != null) ? (Number) (Math.round(figure.value() * 10) / 10.0)
					: (Number) Math.round(figure.value()));
		}
		return figures;
	}

}
