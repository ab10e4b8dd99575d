package org.candour.reports.output;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.candour.reports.ReportResult;
import org.candour.reports.ReportTable;
import org.candour.reports.ReportTable.Figure;

/** Report results as a run stores them, for the output tests. */
final class Results {

	static final Instant AS_AT = Instant.parse("2026-07-01T06:30:00Z");

	static final String HASH = "3f2a9c0d1e8b7a6f5e4d3c2b1a0998877665544332211000ffeeddccbbaa9988";

	private Results() {
	}

	/**
	 * Cases by age group and status, in the runner's order: adults closed 11 (7 of 11 in
	 * time), adults received 7 (2 of 7, £150.50 redress), children received 3 (none due
	 * yet: n/a), one case with no age group closed 1 (1 of 1).
	 */
	static ReportResult byAgeAndStatus(String layout, Integer suppressBelow) {
		return byAgeAndStatus("Cases by age group", layout, suppressBelow);
	}

	static ReportResult byAgeAndStatus(String title, String layout, Integer suppressBelow) {
		List<ReportResult.Column> columns = List.of(dimension("age", "Age group"), dimension("status", "Status"),
				new ReportResult.Column("cases", "Cases", "measure", "count", null),
				new ReportResult.Column("inTime", "Closed in time", "measure", "percentage", 85.0),
				new ReportResult.Column("redress", "Redress paid", "measure", "sum", null));
		List<ReportTable.Row> rows = List.of(row("adult", "closed", 11, Figure.percentage(7, 11), 0),
				row("adult", "received", 7, Figure.percentage(2, 7), 150.5),
				row("child", "received", 3, Figure.percentage(0, 0), 20),
				row(null, "closed", 1, Figure.percentage(1, 1), 0));
		Map<String, Figure> totals = Map.of("cases", Figure.of(22), "inTime", Figure.percentage(10, 19), "redress",
				Figure.of(170.5));
		Map<String, Map<String, String>> labels = Map.of("age",
				Map.of("adult", "Adults", "child", "Children & young people"), "status",
				Map.of("received", "Received", "closed", "Closed"));
		return new ReportResult("run-1", "t1", "cases-by-age", title, "Cases received in the quarter.", 4,
				new ReportResult.Parameters(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30), "at-the-time"), AS_AT,
				columns, rows, totals, labels, layout(layout), suppressBelow, null, HASH);
	}

	/** Cases by team: Housing 12 (9 of 12 in time), Parking 0 (none due). */
	static ReportResult byTeam(String housingLabel) {
		List<ReportResult.Column> columns = List.of(dimension("team", "Team"),
				new ReportResult.Column("cases", "Cases", "measure", "count", null),
				new ReportResult.Column("inTime", "Closed in time", "measure", "percentage", null));
		List<ReportTable.Row> rows = List.of(
				new ReportTable.Row(Map.of("team", "housing"),
						Map.of("cases", Figure.of(12), "inTime", Figure.percentage(9, 12))),
				new ReportTable.Row(Map.of("team", "parking"),
						Map.of("cases", Figure.of(0), "inTime", Figure.percentage(0, 0))));
		return new ReportResult("run-2", "t1", "cases-by-team", "Cases by team", null, 2,
				new ReportResult.Parameters(null, LocalDate.of(2026, 6, 30), "current"), AS_AT, columns, rows,
				Map.of("cases", Figure.of(12), "inTime", Figure.percentage(9, 12)),
				Map.of("team", Map.of("housing", housingLabel, "parking", "Parking")), layout("table"), 5, null, HASH);
	}

	private static ReportResult.Column dimension(String id, String label) {
		return new ReportResult.Column(id, label, "dimension", null, null);
	}

	private static ReportResult.Layout layout(String type) {
		return "crosstab".equals(type) ? new ReportResult.Layout(type, List.of("age"), List.of("status"))
				: new ReportResult.Layout(type, List.of("age", "status"), List.of());
	}

	private static ReportTable.Row row(String age, String status, double cases, Figure inTime, double redress) {
		Map<String, String> key = new LinkedHashMap<>();
		key.put("age", age);
		key.put("status", status);
		return new ReportTable.Row(key,
				Map.of("cases", Figure.of(cases), "inTime", inTime, "redress", Figure.of(redress)));
	}

}
