package org.candour.reports;

import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Optional;

import org.candour.definition.model.ReportDefinition;

/**
 * The periods a report is run for, as the first and last day of cases received, relative
 * to a given day: financial years run from April to March and their quarters are April to
 * June (Q1), July to September, October to December and January to March (Q4). A "this"
 * period is the whole period containing the day (its later days have no cases yet); a
 * "last" period is the one before.
 */
public final class ReportPeriods {

	private ReportPeriods() {
	}

	/**
	 * A run's period.
	 *
	 * @param from the first day; {@code null} for no start
	 * @param to the last day; {@code null} for no end
	 */
	public record Range(LocalDate from, LocalDate to) {
	}

	/** The periods offered when a report is run. */
	public enum Preset {

		THIS_FINANCIAL_YEAR, LAST_FINANCIAL_YEAR, THIS_QUARTER, LAST_QUARTER, THIS_MONTH, LAST_MONTH,
		THIS_CALENDAR_YEAR, LAST_CALENDAR_YEAR;

		/** How a request names it, e.g. {@code last-financial-year}. */
		public String id() {
			return name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

		public static Optional<Preset> of(String id) {
			for (Preset preset : values()) {
				if (preset.id().equals(id)) {
					return Optional.of(preset);
				}
			}
			return Optional.empty();
		}

	}

	public static Range of(Preset preset, LocalDate today) {
		return switch (preset) {
			case THIS_FINANCIAL_YEAR -> financialYear(today);
			case LAST_FINANCIAL_YEAR -> financialYear(today.minusYears(1));
			case THIS_QUARTER -> quarter(today);
			case LAST_QUARTER -> quarter(today.minusMonths(3));
			case THIS_MONTH -> month(today);
			case LAST_MONTH -> month(today.minusMonths(1));
			case THIS_CALENDAR_YEAR -> new Range(today.withDayOfYear(1), LocalDate.of(today.getYear(), 12, 31));
			case LAST_CALENDAR_YEAR ->
				new Range(LocalDate.of(today.getYear() - 1, 1, 1), LocalDate.of(today.getYear() - 1, 12, 31));
		};
	}

	/** The last {@code days} days, today included. */
	public static Range rollingDays(int days, LocalDate today) {
		if (days < 1) {
			throw new IllegalArgumentException("A rolling period needs at least 1 day: " + days);
		}
		return new Range(today.minusDays(days - 1L), today);
	}

	/**
	 * The period a definition covers when run without one: the financial year, calendar
	 * year, quarter or month containing today, the rolling days up to today; all time
	 * when the definition has no period; empty for a {@code custom} period, which the
	 * person running it chooses.
	 */
	public static Optional<Range> defaultFor(ReportDefinition.Period period, LocalDate today) {
		if (period == null) {
			return Optional.of(new Range(null, null));
		}
		return switch (period.type()) {
			case "financial-year" -> Optional.of(of(Preset.THIS_FINANCIAL_YEAR, today));
			case "calendar-year" -> Optional.of(of(Preset.THIS_CALENDAR_YEAR, today));
			case "quarter" -> Optional.of(of(Preset.THIS_QUARTER, today));
			case "month" -> Optional.of(of(Preset.THIS_MONTH, today));
			case "rolling-days" -> Optional.of(rollingDays(period.days(), today));
			default -> Optional.empty();
		};
	}

	/** The financial year a day is in, e.g. {@code 2025-26} for 1 April 2025. */
	public static String financialYearOf(LocalDate day) {
		int start = financialYear(day).from().getYear();
		return start + "-" + String.format(Locale.ROOT, "%02d", (start + 1) % 100);
	}

	/** The financial quarter a day is in, e.g. {@code 2025-26 Q4} for 31 March 2026. */
	public static String financialQuarterOf(LocalDate day) {
		int quarter = (day.getMonthValue() + 8) % 12 / 3 + 1;
		return financialYearOf(day) + " Q" + quarter;
	}

	private static Range financialYear(LocalDate day) {
		int start = (day.getMonthValue() >= Month.APRIL.getValue()) ? day.getYear() : day.getYear() - 1;
		return new Range(LocalDate.of(start, Month.APRIL, 1), LocalDate.of(start + 1, Month.MARCH, 31));
	}

	private static Range quarter(LocalDate day) {
		int firstMonth = ((day.getMonthValue() - 1) / 3) * 3 + 1;
		LocalDate from = LocalDate.of(day.getYear(), firstMonth, 1);
		return new Range(from, from.plusMonths(3).minusDays(1));
	}

	private static Range month(LocalDate day) {
		return new Range(day.withDayOfMonth(1), day.withDayOfMonth(day.lengthOfMonth()));
	}

}
