package org.candour.reports.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.candour.reports.ReportResult;

/**
 * A result as GOV.UK Design System markup: a summary list of what was counted, the chart
 * for a chart layout, then the table with its totals. The markup is well-formed XHTML, so
 * the PDF renders the same document.
 */
final class HtmlReport {

	/**
	 * GOV.UK's visually hidden text, for a page without GOV.UK's stylesheet (a PDF has no
	 * links, so no hidden text).
	 */
	static final String SCREEN_STYLE = ".govuk-visually-hidden { position: absolute; width: 1px; "
			+ "height: 1px; margin: 0; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; "
			+ "border: 0; }\n";

	private static final String STYLE = stylesheet();

	private final ReportResult result;

	private final Figures figures;

	private final CellLinks links;

	HtmlReport(ReportResult result, Figures figures, CellLinks links) {
		this.result = result;
		this.figures = figures;
		this.links = (links != null) ? links : CellLinks.NONE;
	}

	/** A standalone page; {@code extraStyle} is added after the page's own. */
	String document(boolean withChart, String extraStyle) {
		StringBuilder html = new StringBuilder(8192);
		html.append("<!DOCTYPE html>\n<html lang=\"en\" class=\"govuk-template\">\n<head>\n<meta charset=\"utf-8\"/>\n")
			.append("<title>")
			.append(Markup.escape(this.result.title()))
			.append("</title>\n<meta name=\"description\" content=\"")
			.append(Markup.escape(description()))
			.append("\"/>\n<meta name=\"subject\" content=\"")
			.append(Markup.escape(description()))
			.append("\"/>\n<style>\n")
			.append(STYLE)
			.append(extraStyle)
			.append("</style>\n</head>\n<body class=\"govuk-template__body\">\n")
			.append("<main class=\"govuk-main-wrapper\" id=\"main-content\">\n<h1 class=\"govuk-heading-l\">")
			.append(Markup.escape(this.result.title()))
			.append("</h1>\n");
		if (this.result.description() != null && !this.result.description().isBlank()) {
			html.append("<p class=\"govuk-body\">").append(Markup.escape(this.result.description())).append("</p>\n");
		}
		html.append(fragment(withChart)).append("</main>\n</body>\n</html>\n");
		return html.toString();
	}

	/**
	 * What the report shows, for the page's description and the PDF's subject (PDF/UA
	 * asks for one).
	 */
	private String description() {
		if (this.result.description() != null && !this.result.description().isBlank()) {
			return this.result.description();
		}
		return this.result.title() + ": " + String.join(", ",
				Grid.kind(this.result, "measure").stream().map(ReportResult.Column::label).toList());
	}

	/** The summary list, chart and table, for embedding in a page. */
	String fragment(boolean withChart) {
		StringBuilder html = new StringBuilder(4096);
		summary(html);
		List<ReportResult.Column> measures = Grid.kind(this.result, "measure");
		if (withChart && this.result.layout() != null && "chart".equals(this.result.layout().type())
				&& !measures.isEmpty()) {
			html.append("<div class=\"candour-report__chart\">\n")
				.append(new BarChart(this.result, this.figures).svg(measures.get(0).id()))
				.append("</div>\n");
		}
		new HtmlTable(this.result, this.figures, this.links).write(html);
		return html.toString();
	}

	private void summary(StringBuilder html) {
		html.append("<dl class=\"govuk-summary-list govuk-summary-list--no-border\">\n");
		for (Summary.Item item : Summary.of(this.result, this.figures, false)) {
			html.append("<div class=\"govuk-summary-list__row\"><dt class=\"govuk-summary-list__key\">")
				.append(Markup.escape(item.label()))
				.append("</dt><dd class=\"govuk-summary-list__value\">")
				.append(Markup.escape(item.value()))
				.append("</dd></div>\n");
		}
		html.append("</dl>\n");
	}

	private static String stylesheet() {
		try (InputStream css = HtmlReport.class.getResourceAsStream("report.css")) {
			return new String(css.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
