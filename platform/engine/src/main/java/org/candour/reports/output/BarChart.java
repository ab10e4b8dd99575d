package org.candour.reports.output;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.candour.reports.ReportResult;
import org.candour.reports.ReportTable;

/**
 * A horizontal bar chart of one measure by the first dimension, as SVG: an image with a
 * title and a description listing every bar's figure, each bar with its figure written
 * beside it. Rows of further dimensions are combined ({@link Combined}); a suppressed or
 * not applicable figure has no bar, only its text. It never shows anything the table does
 * not.
 */
final class BarChart {

	private static final int WIDTH = 720;

	private static final int ROW = 30;

	private static final int BAR = 20;

	private static final int VALUE_SPACE = 170;

	private static final int LABEL_CHARACTERS = 28;

	private static final int CHARACTER = 8;

	private final ReportResult result;

	private final Figures figures;

	BarChart(ReportResult result, Figures figures) {
		this.result = result;
		this.figures = figures;
	}

	String svg(String measureId) {
		ReportResult.Column measure = Grid.kind(this.result, "measure")
			.stream()
			.filter(column -> column.id().equals(measureId))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No measure '" + measureId + "' in this result"));
		List<ReportResult.Column> dimensions = Grid.kind(this.result, "dimension");
		List<Bar> bars = bars(measure, dimensions);
		String by = dimensions.isEmpty() ? "" : " by " + dimensions.get(0).label();
		String id = "chart-" + (this.result.runId() + "-" + measureId).replaceAll("[^A-Za-z0-9_-]", "-");
		int labelWidth = bars.stream().mapToInt(bar -> shortened(bar.label()).length() * CHARACTER).max().orElse(0)
				+ 12;
		int barSpace = WIDTH - labelWidth - VALUE_SPACE;
		double scale = scale(measure, bars);
		int height = bars.size() * ROW + 10;
		StringBuilder svg = new StringBuilder(2048);
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"candour-chart\" role=\"img\" viewBox=\"0 0 ")
			.append(WIDTH)
			.append(' ')
			.append(height)
			.append("\" width=\"")
			.append(WIDTH)
			.append("\" height=\"")
			.append(height)
			.append("\" aria-labelledby=\"")
			.append(id)
			.append("-title ")
			.append(id)
			.append("-desc\" font-family=\"arial, sans-serif\" font-size=\"14\">\n<title id=\"")
			.append(id)
			.append("-title\">")
			.append(Markup.escape(measure.label() + by + " (" + this.result.title() + ")"))
			.append("</title>\n<desc id=\"")
			.append(id)
			.append("-desc\">")
			.append(Markup.escape(description(measure, by, bars)))
			.append("</desc>\n");
		for (int i = 0; i < bars.size(); i++) {
			Bar bar = bars.get(i);
			int y = 5 + i * ROW;
			long length = (bar.number() == null || scale <= 0) ? 0
					: Math.round(Math.max(0, bar.number()) / scale * barSpace);
			svg.append("<g>");
			text(svg, labelWidth - 8, y, "end", shortened(bar.label()));
			svg.append("<rect x=\"")
				.append(labelWidth)
				.append("\" y=\"")
				.append(y + (ROW - BAR) / 2)
				.append("\" width=\"")
				.append(length)
				.append("\" height=\"")
				.append(BAR)
				.append("\" fill=\"#1d70b8\"/>");
			text(svg, labelWidth + length + 6, y, "start", bar.text());
			svg.append("</g>\n");
		}
		svg.append("</svg>\n");
		return svg.toString();
	}

	/** A label that fits beside the bars; the description has it in full. */
	private static String shortened(String label) {
		return (label.length() <= LABEL_CHARACTERS) ? label
				: label.substring(0, LABEL_CHARACTERS - 1).strip() + "\u2026";
	}

	private static void text(StringBuilder svg, long x, int y, String anchor, String text) {
		svg.append("<text x=\"")
			.append(x)
			.append("\" y=\"")
			.append(y + ROW / 2 + 5)
			.append("\" text-anchor=\"")
			.append(anchor)
			.append("\" fill=\"#0b0c0c\">")
			.append(Markup.escape(text))
			.append("</text>");
	}

	/**
	 * A bar: its label, the number it is drawn to ({@code null} for none) and its text.
	 */
	private record Bar(String label, Double number, String text) {
	}

	private List<Bar> bars(ReportResult.Column measure, List<ReportResult.Column> dimensions) {
		List<Bar> bars = new ArrayList<>();
		if (dimensions.isEmpty()) {
			bars.add(bar(measure, Grid.TOTAL, this.result.totals().get(measure.id())));
			return bars;
		}
		String first = dimensions.get(0).id();
		Map<String, List<ReportTable.Figure>> grouped = new LinkedHashMap<>();
		for (ReportTable.Row row : this.result.rows()) {
			grouped.computeIfAbsent(row.key().get(first), unused -> new ArrayList<>())
				.add(row.values().get(measure.id()));
		}
		grouped.forEach((value, figures) -> bars
			.add(bar(measure, this.result.label(first, value), Combined.of(measure.measureType(), figures))));
		return bars;
	}

	private Bar bar(ReportResult.Column measure, String label, ReportTable.Figure figure) {
		return new Bar(label, this.figures.shown(measure, figure) ? figure.value() : null,
				this.figures.display(measure, figure));
	}

	private static double scale(ReportResult.Column measure, List<Bar> bars) {
		if (Figures.isPercentage(measure)) {
			return 100;
		}
		return bars.stream()
			.map(Bar::number)
			.filter(number -> number != null)
			.mapToDouble(Double::doubleValue)
			.max()
			.orElse(0);
	}

	private String description(ReportResult.Column measure, String by, List<Bar> bars) {
		StringBuilder description = new StringBuilder("Horizontal bar chart of ").append(measure.label())
			.append(by)
			.append(": ");
		for (int i = 0; i < bars.size(); i++) {
			description.append((i == 0) ? "" : "; ")
				.append(bars.get(i).label())
				.append(", ")
				.append(bars.get(i).text());
		}
		if (measure.target() != null) {
			description.append(". ").append(this.figures.heading(measure));
		}
		return description.append('.').toString();
	}

}
