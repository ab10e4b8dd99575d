package org.candour.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.bson.Document;
import org.candour.definition.model.ReportDefinition;

import org.springframework.stereotype.Component;

/**
 * A partition's figures as a stored document, and the merge of every partition's into the
 * run's table. Counts, sums and percentages' numerators and denominators add up across
 * partitions (feedback types do not overlap).
 */
@Component
class ReportPartials {

	private final ReportRunner runner;

	ReportPartials(ReportRunner runner) {
		this.runner = runner;
	}

	Document count(ReportDefinition report, ReportRunner.Run run, List<String> feedbackTypes) {
		ReportTable table = this.runner.run(restricted(report, feedbackTypes), run);
		List<Document> rows = new ArrayList<>();
		for (ReportTable.Row row : table.rows()) {
			Document values = new Document();
			row.values().forEach((measure, figure) -> values.append(measure, figure(figure)));
			rows.add(new Document("key", keyList(report, row)).append("values", values));
		}
		return new Document("rows", rows);
	}

	ReportTable merge(ReportDefinition report, List<Document> partials) {
		Map<List<String>, Map<String, double[]>> merged = new TreeMap<>(ReportRunner.ROW_ORDER);
		for (Document partial : partials) {
			for (Document row : partial.getList("rows", Document.class)) {
				List<String> key = row.getList("key", String.class);
				Map<String, double[]> figures = merged.computeIfAbsent(key, unused -> new LinkedHashMap<>());
				Document values = row.get("values", Document.class);
				for (String measure : values.keySet()) {
					Document figure = values.get(measure, Document.class);
					double[] sum = figures.computeIfAbsent(measure, unused -> new double[2]);
					sum[0] += figure.get("n", Number.class).doubleValue();
					sum[1] += figure.get("d", Number.class).doubleValue();
				}
			}
		}
		List<ReportTable.Row> rows = new ArrayList<>();
		Map<String, double[]> totals = new LinkedHashMap<>();
		merged.forEach((key, figures) -> {
			Map<String, String> named = new LinkedHashMap<>();
			for (int i = 0; i < key.size(); i++) {
				named.put(report.dimensions().get(i).id(), key.get(i));
			}
			Map<String, ReportTable.Figure> values = new LinkedHashMap<>();
			for (ReportDefinition.Measure measure : report.measures()) {
				double[] sum = figures.getOrDefault(measure.id(), new double[2]);
				values.put(measure.id(), figure(measure, sum));
				double[] total = totals.computeIfAbsent(measure.id(), unused -> new double[2]);
				total[0] += sum[0];
				total[1] += sum[1];
			}
			rows.add(new ReportTable.Row(named, values));
		});
		List<ReportTable.Column> columns = new ArrayList<>();
		report.dimensions().forEach(dimension -> columns.add(new ReportTable.Column(dimension.id(), "dimension")));
		report.measures().forEach(measure -> columns.add(new ReportTable.Column(measure.id(), "measure")));
		Map<String, ReportTable.Figure> totalFigures = new LinkedHashMap<>();
		report.measures()
			.forEach(measure -> totalFigures.put(measure.id(),
					figure(measure, totals.getOrDefault(measure.id(), new double[2]))));
		return new ReportTable(columns, rows, totalFigures);
	}

	private static ReportTable.Figure figure(ReportDefinition.Measure measure, double[] sum) {
		return "percentage".equals(measure.type()) ? ReportTable.Figure.percentage((long) sum[0], (long) sum[1])
				: ReportTable.Figure.of(sum[0]);
	}

	private static Document figure(ReportTable.Figure figure) {
		boolean fraction = figure.denominator() != null;
		double n = fraction ? figure.numerator() : ((figure.value() == null) ? 0 : figure.value());
		return new Document("n", n).append("d", fraction ? figure.denominator() : 0L);
	}

	private static List<String> keyList(ReportDefinition report, ReportTable.Row row) {
		List<String> key = new ArrayList<>();
		report.dimensions().forEach(dimension -> key.add(row.key().get(dimension.id())));
		return key;
	}

	private static ReportDefinition restricted(ReportDefinition report, List<String> feedbackTypes) {
		if (feedbackTypes == null || feedbackTypes.isEmpty()) {
			return report;
		}
		return new ReportDefinition(report.id(), report.title(), report.description(), feedbackTypes, report.period(),
				report.dimensions(), report.measures(), report.filters(), report.layout(), report.outputs(),
				report.schedule());
	}

}
