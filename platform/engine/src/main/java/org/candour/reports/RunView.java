package org.candour.reports;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.candour.reports.output.Format;
import org.candour.reports.output.ReportOutputs;

/**
 * A run as the API shows it: status and history, and once done the table (numbers per
 * measure; a percentage's numerator and denominator beside it; {@code null} for "n/a")
 * and the download formats it offers ({@code outputs}, file extensions of
 * {@code output.{format}}). A figure withheld by small-number suppression (a report over
 * survey or equality answers) is {@code null} and named in its row's {@code suppressed}
 * (or {@code totalsSuppressed}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record RunView(String runId, String reportId, String status, int configVersion, Period period, String structure,
		String requestedBy, Instant requestedAt, Instant startedAt, Instant finishedAt, Long durationMs,
		Integer rowCount, String contentHash, String error, boolean published, String title, Instant dataAsAt,
		List<ReportResult.Column> columns, List<RowView> rows, Map<String, Double> totals,
		Map<String, Fraction> totalFractions, List<String> outputs, List<String> totalsSuppressed) {

	record Period(String from, String to) {
	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	record RowView(Map<String, String> key, Map<String, Double> values, Map<String, Fraction> fractions,
			List<String> suppressed) {
	}

	record Fraction(long numerator, long denominator) {
	}

	static RunView of(ReportRun run, ReportResult result) {
		Period period = new Period(text(run.parameters().from()), text(run.parameters().to()));
		if (result == null) {
			return new RunView(run.runId(), run.reportId(), run.status(), run.configVersion(), period,
					run.parameters().structure(), run.requestedBy(), run.requestedAt(), run.startedAt(),
					run.finishedAt(), run.durationMs(), run.rowCount(), run.contentHash(), run.error(), run.published(),
					null, null, null, null, null, null, null, null);
		}
		List<RowView> rows = result.rows()
			.stream()
			.map(row -> new RowView(row.key(), values(row.values()), fractions(row.values()), suppressed(row.values())))
			.toList();
		return new RunView(run.runId(), run.reportId(), run.status(), run.configVersion(), period,
				run.parameters().structure(), run.requestedBy(), run.requestedAt(), run.startedAt(), run.finishedAt(),
				run.durationMs(), run.rowCount(), result.contentHash(), run.error(), run.published(), result.title(),
				result.dataAsAt(), result.columns(), rows, values(result.totals()), fractions(result.totals()),
				ReportOutputs.offered(result).stream().map(Format::extension).toList(),
				suppressed(result.totals()).isEmpty() ? null : suppressed(result.totals()));
	}

	private static List<String> suppressed(Map<String, ReportTable.Figure> figures) {
		return figures.entrySet()
			.stream()
			.filter(entry -> entry.getValue().withheldFromView())
			.map(Map.Entry::getKey)
			.sorted()
			.toList();
	}

	private static Map<String, Double> values(Map<String, ReportTable.Figure> figures) {
		Map<String, Double> values = new LinkedHashMap<>();
		figures.forEach((measure, figure) -> values.put(measure, figure.value()));
		return values;
	}

	private static Map<String, Fraction> fractions(Map<String, ReportTable.Figure> figures) {
		Map<String, Fraction> fractions = new LinkedHashMap<>();
		figures.forEach((measure, figure) -> {
			if (figure.denominator() != null) {
				fractions.put(measure, new Fraction(figure.numerator(), figure.denominator()));
			}
		});
		return fractions;
	}

	private static String text(Object value) {
		return (value == null) ? null : value.toString();
	}

}
