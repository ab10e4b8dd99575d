package org.candour.reports.output;

import org.candour.reports.ReportResult;

/** A {@link Grid} as a GOV.UK table. */
final class HtmlTable {

	private static final String HEADER = "govuk-table__header";

	private static final String NUMERIC_HEADER = HEADER + " govuk-table__header--numeric";

	private final ReportResult result;

	private final Figures figures;

	private final CellLinks links;

	private final Grid grid;

	HtmlTable(ReportResult result, Figures figures, CellLinks links) {
		this.result = result;
		this.figures = figures;
		this.links = links;
		this.grid = Grid.of(result);
	}

	void write(StringBuilder html) {
		html.append("<table class=\"govuk-table\">\n<caption class=\"govuk-table__caption govuk-table__caption--m\">")
			.append(Markup.escape(this.result.title()))
			.append("</caption>\n");
		boolean crosstab = this.grid.groups().get(0).label() != null;
		int measures = this.grid.measures().size();
		if (crosstab) {
			html.append("<colgroup span=\"").append(this.grid.rowHeadings().size()).append("\"></colgroup>");
			this.grid.groups()
				.forEach(group -> html.append("<colgroup span=\"").append(measures).append("\"></colgroup>"));
			html.append('\n');
		}
		html.append("<thead class=\"govuk-table__head\">\n<tr class=\"govuk-table__row\">");
		for (String heading : this.grid.rowHeadings()) {
			if (heading.isEmpty()) {
				// A report without dimensions has only its totals: nothing to head
				html.append("<td class=\"").append(HEADER).append("\"></td>");
				continue;
			}
			html.append("<th scope=\"col\" class=\"").append(HEADER).append('"');
			if (crosstab) {
				html.append(" rowspan=\"2\"");
			}
			html.append('>').append(Markup.escape(heading)).append("</th>");
		}
		if (crosstab) {
			this.grid.groups()
				.forEach(group -> html.append("<th scope=\"colgroup\" colspan=\"")
					.append(measures)
					.append("\" class=\"")
					.append(NUMERIC_HEADER)
					.append("\">")
					.append(Markup.escape(group.label()))
					.append("</th>"));
			html.append("</tr>\n<tr class=\"govuk-table__row\">");
		}
		for (Grid.Group group : this.grid.groups()) {
			for (ReportResult.Column measure : this.grid.measures()) {
				html.append("<th scope=\"col\" class=\"")
					.append(NUMERIC_HEADER)
					.append("\">")
					.append(Markup.escape(this.figures.heading(measure)))
					.append("</th>");
			}
		}
		html.append("</tr>\n</thead>\n<tbody class=\"govuk-table__body\">\n");
		this.grid.lines().forEach(line -> line(html, line, false));
		line(html, this.grid.totals(), true);
		html.append("</tbody>\n</table>\n");
	}

	private void line(StringBuilder html, Grid.Line line, boolean totals) {
		html.append("<tr class=\"govuk-table__row").append(totals ? " candour-report__totals" : "").append("\">");
		if (totals) {
			html.append("<th scope=\"row\" class=\"").append(HEADER).append('"');
			if (line.labels().size() > 1) {
				html.append(" colspan=\"").append(line.labels().size()).append('"');
			}
			html.append('>').append(Grid.TOTAL).append("</th>");
		}
		else {
			line.labels()
				.forEach(label -> html.append("<th scope=\"row\" class=\"")
					.append(HEADER)
					.append("\">")
					.append(Markup.escape(label))
					.append("</th>"));
		}
		line.cells().forEach(cell -> cell(html, cell));
		html.append("</tr>\n");
	}

	private void cell(StringBuilder html, Grid.Cell cell) {
		html.append("<td class=\"govuk-table__cell govuk-table__cell--numeric\">");
		String text = Markup.escape(this.figures.display(cell.measure(), cell.figure()));
		String href = this.figures.linkable(cell.measure(), cell.figure())
				? this.links.href(cell.row(), cell.measure().id()) : null;
		if (href == null) {
			html.append(text);
		}
		else {
			html.append("<a class=\"govuk-link\" href=\"")
				.append(Markup.escape(href))
				.append("\">")
				.append(text)
				.append("<span class=\"govuk-visually-hidden\"> ")
				.append(Markup.escape(cell.measure().label() + ": " + cell.context()))
				.append("</span></a>");
		}
		html.append("</td>");
	}

}
