package org.candour.reports;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The figures of a report run: one row per combination of dimension values, each with a
 * figure per measure, and the totals over all rows.
 *
 * @param columns the dimensions then the measures, in the definition's order
 * @param rows rows in the order of their keys
 * @param totals a figure per measure over every counted case
 */
public record ReportTable(List<Column> columns, List<Row> rows, Map<String, Figure> totals) {

	public ReportTable {
		columns = List.copyOf(columns);
		rows = List.copyOf(rows);
		totals = Map.copyOf(totals);
	}

	/** A column: a dimension or a measure, by id. */
	public record Column(String id, String kind) {
	}

	/**
	 * One row.
	 *
	 * @param key dimension id → value ({@code null} when the case has none)
	 * @param values measure id → figure
	 */
	public record Row(Map<String, String> key, Map<String, Figure> values) {
	}

	/**
	 * A figure: a count, sum, average, minimum, maximum, median or number of distinct
	 * values, or a percentage with its numerator and denominator ({@code value} is
	 * {@code null} when there is nothing to calculate from: "n/a", never 0, e.g. a
	 * percentage whose denominator is 0 or an average of no values). A figure of a source
	 * whose small numbers are always suppressed may be {@code suppressed}: no value, no
	 * numerator and no denominator are stored, only that it was (left out of the stored
	 * JSON otherwise, so results of other reports keep their hash).
	 */
	public record Figure(Double value, Long numerator, Long denominator,
			@JsonInclude(JsonInclude.Include.NON_NULL) Boolean suppressed) {

		public Figure(Double value, Long numerator, Long denominator) {
			this(value, numerator, denominator, null);
		}

		/** A figure; {@code null} when there is none (no value to average, say). */
		public static Figure of(Double value) {
			return new Figure(value, null, null);
		}

		public static Figure of(double value) {
			return new Figure(value, null, null);
		}

		public static Figure percentage(long numerator, long denominator) {
			return new Figure(denominator == 0 ? null : 100.0 * numerator / denominator, numerator, denominator);
		}

		/** A figure withheld by small-number suppression. */
		public static Figure withheld() {
			return new Figure(null, null, null, true);
		}

		/** Whether small-number suppression withheld it. */
		public boolean withheldFromView() {
			return Boolean.TRUE.equals(this.suppressed);
		}

	}

}
