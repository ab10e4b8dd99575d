package org.candour.reports.output;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

import org.candour.reports.ReportResult;
import org.candour.reports.ReportTable;
import org.candour.surveys.SmallNumbers;

/**
 * How a figure reads. Counts are whole numbers; sums, minimums and maximums have two
 * decimal places when not whole; averages and medians one. A percentage always has one
 * decimal place, rounded half up from its exact numerator and denominator, so "28.6%
 * (2/7)" and "50.0% (1/2)" line up in a column and a figure just under a target never
 * reads as meeting it. An empty denominator reads "n/a", never 0%. When small numbers are
 * suppressed, a count strictly between 0 and the threshold reads "fewer than N" and a
 * percentage whose numerator or denominator is one reads "suppressed". A figure withheld
 * when the run was counted (a source that always suppresses) reads the same, published or
 * not. A population share reads as a percentage with one decimal place.
 */
final class Figures {

	static final String NOT_APPLICABLE = "n/a";

	static final String SUPPRESSED = "suppressed";

	private final Integer suppressBelow;

	private Figures(Integer suppressBelow) {
		this.suppressBelow = suppressBelow;
	}

	/** Exact figures for internal outputs; the result's threshold for published ones. */
	static Figures of(ReportResult result, boolean published) {
		return new Figures(published ? result.suppressBelow() : null);
	}

	/** Counts below this are suppressed; {@code null} when none are. */
	Integer suppressBelow() {
		return this.suppressBelow;
	}

	/** The figure as a person reads it in a table. */
	String display(ReportResult.Column measure, ReportTable.Figure figure) {
		if (figure != null && figure.withheldFromView()) {
			return withheld(measure);
		}
		if ("population".equals(measure.measureType()) && figure != null && figure.value() != null) {
			return decimal(BigDecimal.valueOf(figure.value()), 1, true) + "%";
		}
		if (figure == null || figure.value() == null) {
			return NOT_APPLICABLE;
		}
		if (isPercentage(measure)) {
			if (figure.numerator() == null || figure.denominator() == null) {
				return decimal(BigDecimal.valueOf(figure.value()), 1, true) + "%";
			}
			if (suppressed(figure.numerator()) || suppressed(figure.denominator())) {
				return SUPPRESSED;
			}
			return decimal(percent(figure), 1, true) + "% (" + decimal(BigDecimal.valueOf(figure.numerator()), 0, true)
					+ "/" + decimal(BigDecimal.valueOf(figure.denominator()), 0, true) + ")";
		}
		if (isCount(measure) && suppressed(Math.round(figure.value()))) {
			return fewerThan();
		}
		return decimal(BigDecimal.valueOf(figure.value()), scale(measure, figure.value()), true);
	}

	/**
	 * The figure as cells: one, or for a percentage three (percentage, numerator,
	 * denominator).
	 */
	List<Value> values(ReportResult.Column measure, ReportTable.Figure figure) {
		if (figure != null && figure.withheldFromView()) {
			Value withheld = Value.ofText(withheld(measure));
			return isPercentage(measure) ? List.of(withheld, withheld, withheld) : List.of(withheld);
		}
		if ("population".equals(measure.measureType()) && figure != null && figure.value() != null) {
			return List
				.of(new Value(decimal(BigDecimal.valueOf(figure.value()), 1, false), figure.value() / 100, "0.0%"));
		}
		if (!isPercentage(measure)) {
			if (figure == null || figure.value() == null) {
				return List.of(Value.ofText(NOT_APPLICABLE));
			}
			if (isCount(measure) && suppressed(Math.round(figure.value()))) {
				return List.of(Value.ofText(fewerThan()));
			}
			int scale = scale(measure, figure.value());
			return List.of(new Value(decimal(BigDecimal.valueOf(figure.value()), scale, false), figure.value(),
					(scale == 0) ? "#,##0" : "#,##0." + "0".repeat(scale)));
		}
		if (figure == null) {
			return List.of(Value.ofText(NOT_APPLICABLE), Value.ofText(NOT_APPLICABLE), Value.ofText(NOT_APPLICABLE));
		}
		Value numerator = count(figure.numerator());
		Value denominator = count(figure.denominator());
		if (figure.value() == null) {
			return List.of(Value.ofText(NOT_APPLICABLE), numerator, denominator);
		}
		if (!numerator.isNumber() || !denominator.isNumber()) {
			return List.of(Value.ofText(SUPPRESSED), numerator, denominator);
		}
		BigDecimal percent = (figure.numerator() == null || figure.denominator() == null)
				? BigDecimal.valueOf(figure.value()) : percent(figure);
		return List.of(new Value(decimal(percent, 1, false), figure.value() / 100, "0.0%"), numerator, denominator);
	}

	/** Column headings for a measure's cells, matching {@link #values}. */
	List<String> headings(ReportResult.Column measure, boolean withTarget) {
		String heading = withTarget ? heading(measure) : measure.label();
		if (!isPercentage(measure)) {
			return List.of(heading);
		}
		return List.of(heading + " (%)", measure.label() + ": numerator", measure.label() + ": denominator");
	}

	/**
	 * The measure's label, with its target when it has one ("Within 20 days (target
	 * 85%)").
	 */
	String heading(ReportResult.Column measure) {
		if (measure.target() == null) {
			return measure.label();
		}
		String target = BigDecimal.valueOf(measure.target()).stripTrailingZeros().toPlainString();
		return measure.label() + " (target " + target + (isPercentage(measure) ? "%" : "") + ")";
	}

	/**
	 * Whether the figure is worth a drill-down link: a visible, non-empty count or
	 * percentage.
	 */
	boolean linkable(ReportResult.Column measure, ReportTable.Figure figure) {
		if (!shown(measure, figure)) {
			return false;
		}
		if (isPercentage(measure)) {
			return figure.denominator() != null && figure.denominator() > 0;
		}
		return "count".equals(measure.measureType()) && figure.value() > 0;
	}

	/** Whether the figure is shown as a number: not "n/a" and not suppressed. */
	boolean shown(ReportResult.Column measure, ReportTable.Figure figure) {
		if (figure == null || figure.value() == null || figure.withheldFromView()) {
			return false;
		}
		if (isPercentage(measure)) {
			return figure.numerator() == null || figure.denominator() == null
					|| !(suppressed(figure.numerator()) || suppressed(figure.denominator()));
		}
		return !isCount(measure) || !suppressed(Math.round(figure.value()));
	}

	/** A percentage, or a share: a percentage of its group. */
	static boolean isPercentage(ReportResult.Column measure) {
		return "percentage".equals(measure.measureType()) || "share".equals(measure.measureType());
	}

	/**
	 * A figure small-number suppression withheld (a source that always suppresses): a
	 * count reads "fewer than 5", a share "suppressed".
	 */
	private static String withheld(ReportResult.Column measure) {
		return isPercentage(measure) ? SUPPRESSED : "fewer than " + SmallNumbers.THRESHOLD;
	}

	private static boolean isCount(ReportResult.Column measure) {
		return "count".equals(measure.measureType()) || "distinct".equals(measure.measureType());
	}

	private Value count(Long count) {
		if (count == null) {
			return Value.ofText(NOT_APPLICABLE);
		}
		if (suppressed(count)) {
			return Value.ofText(fewerThan());
		}
		return new Value(Long.toString(count), (double) count, "#,##0");
	}

	private boolean suppressed(long count) {
		return this.suppressBelow != null && count > 0 && count < this.suppressBelow;
	}

	private String fewerThan() {
		return "fewer than " + this.suppressBelow;
	}

	private static int scale(ReportResult.Column measure, double value) {
		return switch (String.valueOf(measure.measureType())) {
			case "count", "distinct" -> 0;
			case "avg", "median", "population" -> 1;
			default -> (value == Math.rint(value)) ? 0 : 2;
		};
	}

	private static BigDecimal percent(ReportTable.Figure figure) {
		return BigDecimal.valueOf(figure.numerator())
			.multiply(BigDecimal.valueOf(100))
			.divide(BigDecimal.valueOf(figure.denominator()), 1, RoundingMode.HALF_UP);
	}

	private static String decimal(BigDecimal value, int scale, boolean grouped) {
		BigDecimal rounded = value.setScale(scale, RoundingMode.HALF_UP);
		if (!grouped) {
			return rounded.toPlainString();
		}
		DecimalFormat format = new DecimalFormat((scale == 0) ? "#,##0" : "#,##0." + "0".repeat(scale),
				DecimalFormatSymbols.getInstance(Locale.UK));
		return format.format(rounded);
	}

}
