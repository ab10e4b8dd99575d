package org.candour.reports.output;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

import org.candour.reports.ReportResult;

/**
 * Renders a stored report result. A published output suppresses small numbers (the
 * result's {@code suppressBelow}); an internal one shows exact figures. Rendering reads
 * the result alone, so the same result gives the same figures (and, for CSV, the same
 * bytes) whenever it is rendered.
 */
public final class ReportOutputs {

	private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmm'Z'")
		.withZone(ZoneOffset.UTC);

	private ReportOutputs() {
	}

	/** The result in a format, with no drill-down links. */
	public static byte[] render(ReportResult result, Format format, boolean published) {
		return render(result, format, published, CellLinks.NONE);
	}

	/**
	 * The result in a format; only HTML has links.
	 */
	public static byte[] render(ReportResult result, Format format, boolean published, CellLinks links) {
		Figures figures = Figures.of(result, published);
		return switch (format) {
			case HTML -> new HtmlReport(result, figures, links).document(true, HtmlReport.SCREEN_STYLE)
				.getBytes(StandardCharsets.UTF_8);
			case CSV -> CsvOutput.write(Flat.of(result, figures, false));
			case XLSX -> XlsxOutput.write(result, figures);
			case PDF -> PdfOutput.write(result, figures);
		};
	}

	/**
	 * The summary list, chart (for a chart layout) and table, to embed in a GOV.UK page.
	 * @param links drill-down links for counts and percentages, or {@code null} for none
	 */
	public static String html(ReportResult result, boolean published, CellLinks links) {
		return new HtmlReport(result, Figures.of(result, published), links).fragment(true);
	}

	/**
	 * A horizontal bar chart of one measure by the first dimension, as SVG; show it next
	 * to the table.
	 * @throws IllegalArgumentException when the result has no such measure
	 */
	public static String svg(ReportResult result, String measureId, boolean published) {
		return new BarChart(result, Figures.of(result, published)).svg(measureId);
	}

	/**
	 * The download formats a run offers, in the order of {@link Format}: those its
	 * definition lists (all of them when it lists none). The result is shown on screen
	 * ({@link #html}) whatever they are.
	 */
	public static List<Format> offered(ReportResult result) {
		return Arrays.stream(Format.values()).filter(format -> result.offers(format.extension())).toList();
	}

	public static String contentType(Format format) {
		return format.contentType();
	}

	/** A download's file name: the report's id and the instant the data is as at. */
	public static String fileName(ReportResult result, Format format) {
		String name = String.valueOf(result.reportId()).replaceAll("[^A-Za-z0-9_-]+", "-");
		String asAt = (result.dataAsAt() == null) ? "" : "-" + FILE_TIME.format(result.dataAsAt());
		return name + asAt + "." + format.extension();
	}

}
