package org.candour.web.officer.dashboard;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.candour.reports.DashboardFigures;
import org.candour.reports.ReportResult;
import org.candour.reports.ReportTable;
import org.candour.reports.output.ReportOutputs;

/**
 * The dashboard's charts, drawn by the report outputs' SVG bar chart (a title, a
 * description naming every figure, the figure beside each bar) from the dashboard's
 * figures wrapped as one-dimension results. The page shows each chart's table beside it.
 */
final class DashboardCharts {

	static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

	static final String NOBODY = "-";

	private final String tenant;

	private final Instant asAt;

	DashboardCharts(String tenant, Instant asAt) {
		this.tenant = tenant;
		this.asAt = asAt;
	}

	String openByType(DashboardFigures.Dashboard dashboard, String title, String typeLabel, String countLabel) {
		Map<String, Long> byType = new LinkedHashMap<>();
		Map<String, String> labels = new LinkedHashMap<>();
		dashboard.open().forEach(count -> {
			byType.merge(count.feedbackType(), count.count(), Long::sum);
			labels.put(count.feedbackType(), count.typeLabel());
		});
		List<ReportTable.Row> rows = new ArrayList<>();
		byType.forEach((type, count) -> rows.add(row("type", type, Map.of("open", ReportTable.Figure.of(count)))));
		return svg("dashboard-open", title, dimension("type", typeLabel),
				List.of(measure("open", countLabel, "count", null)), rows, Map.of("type", labels), "open");
	}

	String months(DashboardFigures.Dashboard dashboard, String title, String monthLabel, String measureId,
			String measureLabel) {
		Map<String, String> labels = new LinkedHashMap<>();
		List<ReportTable.Row> rows = new ArrayList<>();
		for (DashboardFigures.Month month : dashboard.months()) {
			labels.put(month.month().toString(), MONTH.format(month.month()));
			long figure = "received".equals(measureId) ? month.received() : month.closed();
			rows.add(row("month", month.month().toString(), Map.of(measureId, ReportTable.Figure.of(figure))));
		}
		return svg("dashboard-" + measureId, title, dimension("month", monthLabel),
				List.of(measure(measureId, measureLabel, "count", null)), rows, Map.of("month", labels), measureId);
	}

	String timeliness(DashboardFigures.Timeliness timeliness, String title, String quarter, String measureLabel) {
		List<ReportTable.Row> rows = List.of(row("quarter", "this",
				Map.of("within", ReportTable.Figure.percentage(timeliness.met(), timeliness.answered()))));
		return svg("dashboard-timeliness", title, dimension("quarter", title),
				List.of(measure("within", measureLabel, "percentage", timeliness.target())), rows,
				Map.of("quarter", Map.of("this", quarter)), "within");
	}

	String caseload(DashboardFigures.Dashboard dashboard, String title, String officerLabel, String countLabel,
			String nobody) {
		List<ReportTable.Row> rows = new ArrayList<>();
		for (DashboardFigures.Caseload load : dashboard.caseload()) {
			rows.add(row("officer", (load.officer() == null) ? NOBODY : load.officer(),
					Map.of("open", ReportTable.Figure.of(load.count()))));
		}
		return svg("dashboard-caseload", title, dimension("officer", officerLabel),
				List.of(measure("open", countLabel, "count", null)), rows, Map.of("officer", Map.of(NOBODY, nobody)),
				"open");
	}

	private String svg(String id, String title, ReportResult.Column dimension, List<ReportResult.Column> measures,
			List<ReportTable.Row> rows, Map<String, Map<String, String>> labels, String measureId) {
		List<ReportResult.Column> columns = new ArrayList<>();
		columns.add(dimension);
		columns.addAll(measures);
		ReportResult result = new ReportResult(id, this.tenant, id, title, null, 0,
				new ReportResult.Parameters(null, null, null), this.asAt, columns, rows, Map.of(), labels,
				new ReportResult.Layout("chart", List.of(dimension.id()), List.of()), null, null, "");
		return ReportOutputs.svg(result, measureId, false);
	}

	private static ReportTable.Row row(String dimension, String value, Map<String, ReportTable.Figure> figures) {
		return new ReportTable.Row(Map.of(dimension, value), figures);
	}

	private static ReportResult.Column dimension(String id, String label) {
		return new ReportResult.Column(id, label, "dimension", null, null);
	}

	private static ReportResult.Column measure(String id, String label, String type, Double target) {
		return new ReportResult.Column(id, label, "measure", type, target);
	}

}
