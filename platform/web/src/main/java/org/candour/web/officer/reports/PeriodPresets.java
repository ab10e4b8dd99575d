package org.candour.web.officer.reports;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.candour.definition.model.ReportDefinition;
import org.candour.reports.ReportPeriods;

/**
 * The periods the run form offers: this and last financial year (April to March), quarter
 * and month, as the engine's {@link ReportPeriods} computes them, or a custom period
 * typed in.
 */
enum PeriodPresets {

	THIS_FINANCIAL_YEAR(ReportPeriods.Preset.THIS_FINANCIAL_YEAR),
	LAST_FINANCIAL_YEAR(ReportPeriods.Preset.LAST_FINANCIAL_YEAR), THIS_QUARTER(ReportPeriods.Preset.THIS_QUARTER),
	LAST_QUARTER(ReportPeriods.Preset.LAST_QUARTER), THIS_MONTH(ReportPeriods.Preset.THIS_MONTH),
	LAST_MONTH(ReportPeriods.Preset.LAST_MONTH), ALL_TIME(null), CUSTOM(null);

	private final ReportPeriods.Preset preset;

	PeriodPresets(ReportPeriods.Preset preset) {
		this.preset = preset;
	}

	String slug() {
		if (this == ALL_TIME) {
			return "all-time";
		}
		return (this.preset == null) ? "custom" : this.preset.id();
	}

	static Optional<PeriodPresets> of(String slug) {
		return Arrays.stream(values()).filter(preset -> preset.slug().equals(slug)).findFirst();
	}

	/**
	 * The days of a preset as at today (neither end for {@link #ALL_TIME}); empty for
	 * {@link #CUSTOM}.
	 */
	Optional<Period> period(LocalDate today) {
		if (this == ALL_TIME) {
			return Optional.of(new Period(null, null));
		}
		return Optional.ofNullable(this.preset)
			.map(chosen -> ReportPeriods.of(chosen, today))
			.map(range -> new Period(range.from(), range.to()));
	}

	/**
	 * The presets offered for a report, in order: every case whatever its date only for a
	 * report without a period of its own (the position on the day it is run).
	 */
	static List<PeriodPresets> offered(ReportDefinition.Period period) {
		return Arrays.stream(values()).filter(preset -> preset != ALL_TIME || period == null).toList();
	}

	/**
	 * The choice a report's period suggests: its current financial year, quarter or
	 * month; custom for any other kind (with {@link #suggestedCustom} filled in).
	 */
	static PeriodPresets suggested(ReportDefinition.Period period) {
		if (period == null) {
			return ALL_TIME;
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
		if (period == null || suggested(period) != CUSTOM) {
			return Optional.empty();
		}
		return ReportPeriods.defaultFor(period, today)
			.filter(range -> range.from() != null && range.to() != null)
			.map(range -> new Period(range.from(), range.to()));
	}

	/** From the first day to the last, both counted; {@code null} for an open end. */
	record Period(LocalDate from, LocalDate to) {
	}

}
