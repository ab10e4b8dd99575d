package org.candour.reports.output;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.candour.reports.ReportResult;
import org.candour.reports.ReportTable;

/**
 * A result laid out as people read it: a plain table (a row per combination of dimension
 * values) or, for a crosstab layout, rows by the other dimensions with the layout's
 * column dimensions' values as column groups, each group holding every measure, then a
 * "Total" group; the last line holds the totals.
 *
 * @param rowHeadings the headings of the row label columns
 * @param measures the measures, in each group
 * @param groups the column groups (one, unlabelled, in a plain table)
 * @param lines the body lines
 * @param totals the totals line
 */
record Grid(List<String> rowHeadings, List<ReportResult.Column> measures, List<Group> groups, List<Line> lines,
		Line totals) {

	static final String TOTAL = "Total";

	/**
	 * Row keys in the order the runner sorts them: by stored value, a missing value last.
	 */
	private static final Comparator<List<String>> ORDER = (a, b) -> {
		for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
			int compared = Comparator.nullsLast(Comparator.<String>naturalOrder()).compare(a.get(i), b.get(i));
			if (compared != 0) {
				return compared;
			}
		}
		return Integer.compare(a.size(), b.size());
	};

	/**
	 * A column group.
	 *
	 * @param label the values it is for, or {@code null} in a plain table
	 */
	record Group(String label) {
	}

	/**
	 * A line: its labels, then its cells group by group.
	 */
	record Line(List<String> labels, List<Cell> cells) {
	}

	/**
	 * A figure in the grid.
	 *
	 * @param measure its measure
	 * @param figure the figure, {@code null} when it cannot be derived
	 * @param row the row to link from ({@code null} for the grand totals)
	 * @param context what it counts, for people who cannot see the headings
	 */
	record Cell(ReportResult.Column measure, ReportTable.Figure figure, ReportTable.Row row, String context) {
	}

	static Grid of(ReportResult result) {
		List<ReportResult.Column> dimensions = kind(result, "dimension");
		List<ReportResult.Column> measures = kind(result, "measure");
		List<String> across = (result.layout() != null && "crosstab".equals(result.layout().type()))
				? result.layout().columns() : List.of();
		List<ReportResult.Column> columnDimensions = dimensions.stream()
			.filter(dimension -> across.contains(dimension.id()))
			.toList();
		List<ReportResult.Column> rowDimensions = dimensions.stream()
			.filter(dimension -> !across.contains(dimension.id()))
			.toList();
		if (columnDimensions.isEmpty() || rowDimensions.isEmpty()) {
			return plain(result, dimensions, measures);
		}
		return new Crosstab(result, rowDimensions, columnDimensions, measures).grid();
	}

	private static Grid plain(ReportResult result, List<ReportResult.Column> dimensions,
			List<ReportResult.Column> measures) {
		List<Line> lines = new ArrayList<>();
		if (!dimensions.isEmpty()) {
			for (ReportTable.Row row : result.rows()) {
				List<String> labels = labels(result, dimensions, row.key());
				String context = String.join(", ", labels);
				lines.add(new Line(labels,
						measures.stream()
							.map(measure -> new Cell(measure, row.values().get(measure.id()), row, context))
							.toList()));
			}
		}
		List<Cell> totals = measures.stream()
			.map(measure -> new Cell(measure, result.totals().get(measure.id()), null, TOTAL))
			.toList();
		return new Grid(headings(dimensions), measures, List.of(new Group(null)), lines,
				new Line(totalLabels(dimensions), totals));
	}

	static List<ReportResult.Column> kind(ReportResult result, String kind) {
		return result.columns().stream().filter(column -> kind.equals(column.kind())).toList();
	}

	private static List<String> headings(List<ReportResult.Column> dimensions) {
		return dimensions.isEmpty() ? List.of("") : dimensions.stream().map(ReportResult.Column::label).toList();
	}

	private static List<String> totalLabels(List<ReportResult.Column> dimensions) {
		List<String> labels = new ArrayList<>(List.of(TOTAL));
		for (int i = 1; i < dimensions.size(); i++) {
			labels.add("");
		}
		return labels;
	}

	static List<String> labels(ReportResult result, List<ReportResult.Column> dimensions, Map<String, String> key) {
		return dimensions.stream().map(dimension -> result.label(dimension.id(), key.get(dimension.id()))).toList();
	}

	private static List<String> values(List<ReportResult.Column> dimensions, Map<String, String> key) {
		List<String> values = new ArrayList<>();
		dimensions.forEach(dimension -> values.add(key.get(dimension.id())));
		return values;
	}

	private static Map<String, String> key(List<ReportResult.Column> dimensions, List<String> values) {
		Map<String, String> key = new LinkedHashMap<>();
		for (int i = 0; i < dimensions.size(); i++) {
			key.put(dimensions.get(i).id(), values.get(i));
		}
		return key;
	}

	/** Pivots the column dimensions' values into column groups. */
	private record Crosstab(ReportResult result, List<ReportResult.Column> rowDimensions,
			List<ReportResult.Column> columnDimensions, List<ReportResult.Column> measures) {

		Grid grid() {
			Map<List<String>, Map<List<String>, ReportTable.Row>> byRow = new TreeMap<>(ORDER);
			Map<List<String>, List<ReportTable.Row>> byColumn = new TreeMap<>(ORDER);
			for (ReportTable.Row row : this.result.rows()) {
				List<String> across = values(this.columnDimensions, row.key());
				byRow.computeIfAbsent(values(this.rowDimensions, row.key()), unused -> new LinkedHashMap<>())
					.put(across, row);
				byColumn.computeIfAbsent(across, unused -> new ArrayList<>()).add(row);
			}
			List<Group> groups = new ArrayList<>();
			byColumn.keySet().forEach(across -> groups.add(new Group(groupLabel(across))));
			groups.add(new Group(TOTAL));
			List<Line> lines = new ArrayList<>();
			byRow.forEach((down, rows) -> lines.add(line(down, rows, byColumn.keySet())));
			List<Cell> totals = new ArrayList<>();
			byColumn.forEach((across, rows) -> totals
				.addAll(combined(rows, key(this.columnDimensions, across), TOTAL + ", " + groupLabel(across))));
			this.measures
				.forEach(measure -> totals.add(new Cell(measure, this.result.totals().get(measure.id()), null, TOTAL)));
			return new Grid(headings(this.rowDimensions), this.measures, groups, lines,
					new Line(totalLabels(this.rowDimensions), totals));
		}

		private Line line(List<String> down, Map<List<String>, ReportTable.Row> rows, Iterable<List<String>> across) {
			List<String> labels = labels(this.result, this.rowDimensions, key(this.rowDimensions, down));
			String context = String.join(", ", labels);
			List<Cell> cells = new ArrayList<>();
			for (List<String> group : across) {
				ReportTable.Row row = rows.get(group);
				String cellContext = context + ", " + groupLabel(group);
				if (row == null) {
					Map<String, String> key = key(this.rowDimensions, down);
					key.putAll(key(this.columnDimensions, group));
					cells.addAll(combined(List.of(), key, cellContext));
				}
				else {
					this.measures.forEach(
							measure -> cells.add(new Cell(measure, row.values().get(measure.id()), row, cellContext)));
				}
			}
			cells.addAll(combined(List.copyOf(rows.values()), key(this.rowDimensions, down), context + ", " + TOTAL));
			return new Line(labels, cells);
		}

		/**
		 * Each measure over the rows, as a row keyed by the dimensions it is fixed on.
		 */
		private List<Cell> combined(List<ReportTable.Row> rows, Map<String, String> key, String context) {
			Map<String, ReportTable.Figure> figures = new LinkedHashMap<>();
			this.measures.forEach(measure -> figures.put(measure.id(), Combined.of(measure.measureType(),
					rows.stream().map(row -> row.values().get(measure.id())).toList())));
			ReportTable.Row row = new ReportTable.Row(key, figures);
			return this.measures.stream()
				.map(measure -> new Cell(measure, figures.get(measure.id()), row, context))
				.toList();
		}

		private String groupLabel(List<String> across) {
			return String.join(", ", labels(this.result, this.columnDimensions, key(this.columnDimensions, across)));
		}

	}

}
