package org.candour.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The immutable result of one report run: what was counted (report, configuration
 * version, period, structure mode, the instant the data is as at), the table, the labels
 * the table's values had when it ran, and a hash of all of it. Outputs (HTML, CSV, XLSX,
 * PDF, charts) are rendered from this alone, so a result rendered years later gives the
 * same figures.
 *
 * @param runId the run
 * @param tenant the tenant counted
 * @param reportId the report definition's id
 * @param title the report's title, as it was when run
 * @param description what the report shows, or {@code null}
 * @param configVersion the configuration version whose definition ran
 * @param parameters the run's period and structure mode
 * @param dataAsAt the instant the figures describe
 * @param columns the dimensions, in the order of the layout's rows, then the measures, in
 * the definition's order
 * @param rows one per combination of dimension values, sorted by the dimensions' values
 * in the order of the columns
 * @param totals a figure per measure over every counted case
 * @param valueLabels dimension id → stored value → label shown (org unit names, feedback
 * type titles, code labels); a value without one is shown as stored
 * @param layout how the definition lays the table out
 * @param suppressBelow published outputs show counts below this as "fewer than N";
 * {@code null} for no suppression
 * @param outputs the extensions of the download formats the definition offers
 * ({@code html}, {@code csv}, {@code xlsx}, {@code pdf}); {@code null} (a result stored
 * before runs recorded them) offers every format
 * @param contentHash SHA-256 (hex) of everything above except the run id
 * @param source what the report counted: {@code null} for the cases, else the
 * {@link org.candour.definition.model.ReportSource}'s id (left out of the stored JSON for
 * the cases, so their results keep their hash)
 * @param populationSource where the population figures of an equality profile come from;
 * else {@code null}
 */
public record ReportResult(String runId, String tenant, String reportId, String title, String description,
		int configVersion, Parameters parameters, Instant dataAsAt, List<Column> columns, List<ReportTable.Row> rows,
		Map<String, ReportTable.Figure> totals, Map<String, Map<String, String>> valueLabels, Layout layout,
		Integer suppressBelow, List<String> outputs, String contentHash,
		@JsonInclude(JsonInclude.Include.NON_NULL) String source,
		@JsonInclude(JsonInclude.Include.NON_NULL) String populationSource) {

	public ReportResult {
		outputs = (outputs == null) ? null : List.copyOf(outputs);
		columns = List.copyOf(columns);
		rows = List.copyOf(rows);
		totals = Map.copyOf(totals);
		valueLabels = Map.copyOf(valueLabels);
	}

	/** A result of a report over cases. */
	public ReportResult(String runId, String tenant, String reportId, String title, String description,
			int configVersion, Parameters parameters, Instant dataAsAt, List<Column> columns,
			List<ReportTable.Row> rows, Map<String, ReportTable.Figure> totals,
			Map<String, Map<String, String>> valueLabels, Layout layout, Integer suppressBelow, List<String> outputs,
			String contentHash) {
		this(runId, tenant, reportId, title, description, configVersion, parameters, dataAsAt, columns, rows, totals,
				valueLabels, layout, suppressBelow, outputs, contentHash, null, null);
	}

	/** What the report counted. */
	public org.candour.definition.model.ReportSource reportSource() {
		return org.candour.definition.model.ReportSource.of(this.source)
			.orElse(org.candour.definition.model.ReportSource.CASES);
	}

	/**
	 * A run's parameters.
	 *
	 * @param from first day of the period (by received date), or {@code null} for no
	 * start
	 * @param to last day of the period, or {@code null} for no end
	 * @param structure {@code at-the-time} or {@code current}
	 */
	public record Parameters(LocalDate from, LocalDate to, String structure) {
	}

	/**
	 * A column.
	 *
	 * @param id dimension or measure id
	 * @param label heading shown
	 * @param kind {@code dimension} or {@code measure}
	 * @param measureType for a measure: {@code count}, {@code percentage}, {@code sum},
	 * {@code avg}, {@code median}, {@code min}, {@code max}, {@code distinct}
	 * @param target for a measure with a target (e.g. 85 for 85%), else {@code null}
	 */
	public record Column(String id, String label, String kind, String measureType, Double target) {
	}

	/**
	 * How the definition lays the table out.
	 *
	 * @param type {@code table}, {@code crosstab} or {@code chart}
	 * @param rows dimension ids shown as rows
	 * @param columns dimension ids shown as columns
	 */
	public record Layout(String type, List<String> rows, List<String> columns) {

		public Layout {
			rows = List.copyOf(rows);
			columns = List.copyOf(columns);
		}

	}

	/**
	 * Whether a run offers its result as a download in the format with this extension.
	 */
	public boolean offers(String extension) {
		return (this.outputs == null) || this.outputs.contains(extension);
	}

	public String label(String dimension, String value) {
		if (value == null) {
			return "Not recorded";
		}
		return this.valueLabels.getOrDefault(dimension, Map.of()).getOrDefault(value, value);
	}

}
