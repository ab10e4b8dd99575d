package org.candour.web.officer.reports;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.candour.definition.model.ReportDefinition;

/**
 * The periods the run form offers, as days: this and last financial year (April to
 * March), quarter (the financial quarters are the calendar's) and month, or a custom
 * period typed in. The one place the web computes them, until the engine's report periods
 * take over.
 */
enum PeriodPresets {

	THIS_FINANCIAL_YEAR("this-financial-year"), LAST_FINANCIAL_YEAR("last-financial-year"),
	THIS_QUARTER("this-quarter"), LAST_QUARTER("last-quarter"), THIS_MONTH("this-month"), LAST_MONTH("last-month"),
	CUSTOM("custom");

	private final String slug;

	PeriodPresets(String slug) {
		this.slug = slug;
	}

	String slug() {
		return this.slug;
	}

	static Optional<PeriodPresets> of(String slug) {
		return Arrays.stream(values()).filter(preset -> preset.slug.equals(slug)).findFirst();
	}

	/** The days of a preset as at today; empty for {@link #CUSTOM}. */
	Optional<Period> period(LocalDate today) {
		LocalDate financialYear = LocalDate.of((today.getMonthValue() >= 4) ? today.getYear() : today.getYear() - 1, 4,
				1);
		LocalDate quarter = today.withDayOfMonth(1).minusMonths((today.getMonthValue() - 1) % 3);
		LocalDate month = today.withDayOfMonth(1);
		return switch (this) {
			case THIS_FINANCIAL_YEAR -> Optional.of(Period.of(financialYear, 12));
			case LAST_FINANCIAL_YEAR -> Optional.of(Period.of(financialYear.minusYears(1), 12));
			case THIS_QUARTER -> Optional.of(Period.of(quarter, 3));
			case LAST_QUARTER -> Optional.of(Period.of(quarter.minusMonths(3), 3));
			case THIS_MONTH -> Optional.of(Period.of(month, 1));
			case LAST_MONTH -> Optional.of(Period.of(month.minusMonths(1), 1));
			case CUSTOM -> Optional.empty();
		};
	}

	/** The presets in the order offered. */
	static List<PeriodPresets> offered() {
		return List.of(values());
	}

	/**
	 * The choice a report's period suggests: its current financial year, quarter or
	 * month; custom for any other kind (with {@link #suggestedCustom} filled in).
	 */
	static PeriodPresets suggested(ReportDefinition.Period period) {
		if (period == null) {
			return THIS_FINANCIAL_YEAR;
		}
		return switch (period.type()) {
			case "financial-year" -> THIS_FINANCIAL_YEAR;
			case "quarter" -> THIS_QUARTER;
			case "month" -> THIS_MONTH;
			default -> CUSTOM;
		};
	}

	/** The custom days a calendar-year or rolling report suggests, if any. */
	static Optional<Period> suggestedCustom(ReportDefinition.Period period, LocalDate today) {
		if (period == null) {
			return Optional.empty();
		}
		if ("calendar-year".equals(period.type())) {
			return Optional.of(new Period(today.withDayOfYear(1), today.withDayOfYear(1).plusYears(1).minusDays(1)));
		}
		if ("rolling-days".equals(period.type()) && period.days() != null) {
			return Optional.of(new Period(today.minusDays(period.days() - 1L), today));
		}
		return Optional.empty();
	}

	/** From the first day to the last, both counted. */
	record Period(LocalDate from, LocalDate to) {

		static Period of(LocalDate first, int months) {
			return new Period(first, first.plusMonths(months).minusDays(1));
		}

	}

}
