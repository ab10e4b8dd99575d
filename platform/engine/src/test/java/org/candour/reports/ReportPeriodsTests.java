package org.candour.reports;

import java.time.LocalDate;

import org.candour.definition.model.ReportDefinition;
import org.candour.reports.ReportPeriods.Preset;
import org.candour.reports.ReportPeriods.Range;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReportPeriodsTests {

	private static final LocalDate LAST_DAY_OF_2024_25 = LocalDate.of(2025, 3, 31);

	private static final LocalDate FIRST_DAY_OF_2025_26 = LocalDate.of(2025, 4, 1);

	@Test
	void theFinancialYearTurnsOnTheFirstOfApril() {
		assertThat(ReportPeriods.of(Preset.THIS_FINANCIAL_YEAR, LAST_DAY_OF_2024_25))
			.isEqualTo(range("2024-04-01", "2025-03-31"));
		assertThat(ReportPeriods.of(Preset.THIS_FINANCIAL_YEAR, FIRST_DAY_OF_2025_26))
			.isEqualTo(range("2025-04-01", "2026-03-31"));
		assertThat(ReportPeriods.of(Preset.LAST_FINANCIAL_YEAR, LAST_DAY_OF_2024_25))
			.isEqualTo(range("2023-04-01", "2024-03-31"));
		assertThat(ReportPeriods.of(Preset.LAST_FINANCIAL_YEAR, FIRST_DAY_OF_2025_26))
			.isEqualTo(range("2024-04-01", "2025-03-31"));
		assertThat(ReportPeriods.financialYearOf(LAST_DAY_OF_2024_25)).isEqualTo("2024-25");
		assertThat(ReportPeriods.financialYearOf(FIRST_DAY_OF_2025_26)).isEqualTo("2025-26");
		assertThat(ReportPeriods.financialYearOf(LocalDate.of(2099, 12, 1))).isEqualTo("2099-00");
	}

	@Test
	void financialQuartersRunAprilToJuneFirstAndJanuaryToMarchLast() {
		assertThat(ReportPeriods.financialQuarterOf(LAST_DAY_OF_2024_25)).isEqualTo("2024-25 Q4");
		assertThat(ReportPeriods.financialQuarterOf(FIRST_DAY_OF_2025_26)).isEqualTo("2025-26 Q1");
		assertThat(ReportPeriods.financialQuarterOf(LocalDate.of(2025, 6, 30))).isEqualTo("2025-26 Q1");
		assertThat(ReportPeriods.financialQuarterOf(LocalDate.of(2025, 7, 1))).isEqualTo("2025-26 Q2");
		assertThat(ReportPeriods.financialQuarterOf(LocalDate.of(2025, 12, 31))).isEqualTo("2025-26 Q3");
		assertThat(ReportPeriods.financialQuarterOf(LocalDate.of(2026, 1, 1))).isEqualTo("2025-26 Q4");
		assertThat(ReportPeriods.of(Preset.THIS_QUARTER, LAST_DAY_OF_2024_25))
			.isEqualTo(range("2025-01-01", "2025-03-31"));
		assertThat(ReportPeriods.of(Preset.THIS_QUARTER, FIRST_DAY_OF_2025_26))
			.isEqualTo(range("2025-04-01", "2025-06-30"));
		assertThat(ReportPeriods.of(Preset.LAST_QUARTER, FIRST_DAY_OF_2025_26))
			.isEqualTo(range("2025-01-01", "2025-03-31"));
		assertThat(ReportPeriods.of(Preset.LAST_QUARTER, LocalDate.of(2025, 2, 14)))
			.isEqualTo(range("2024-10-01", "2024-12-31"));
	}

	@Test
	void monthsEndOnTheirLastDayInALeapYearToo() {
		assertThat(ReportPeriods.of(Preset.THIS_MONTH, LocalDate.of(2024, 2, 29)))
			.isEqualTo(range("2024-02-01", "2024-02-29"));
		assertThat(ReportPeriods.of(Preset.LAST_MONTH, LocalDate.of(2024, 3, 31)))
			.isEqualTo(range("2024-02-01", "2024-02-29"));
		assertThat(ReportPeriods.of(Preset.LAST_MONTH, LocalDate.of(2025, 3, 31)))
			.isEqualTo(range("2025-02-01", "2025-02-28"));
		assertThat(ReportPeriods.of(Preset.LAST_MONTH, LocalDate.of(2025, 1, 15)))
			.isEqualTo(range("2024-12-01", "2024-12-31"));
	}

	@Test
	void calendarYearsAndRollingDaysEndTodayOrOnTheThirtyFirstOfDecember() {
		assertThat(ReportPeriods.of(Preset.THIS_CALENDAR_YEAR, LAST_DAY_OF_2024_25))
			.isEqualTo(range("2025-01-01", "2025-12-31"));
		assertThat(ReportPeriods.of(Preset.LAST_CALENDAR_YEAR, LocalDate.of(2025, 1, 1)))
			.isEqualTo(range("2024-01-01", "2024-12-31"));
		assertThat(ReportPeriods.rollingDays(30, LocalDate.of(2024, 3, 1)))
			.isEqualTo(range("2024-02-01", "2024-03-01"));
		assertThat(ReportPeriods.rollingDays(1, FIRST_DAY_OF_2025_26)).isEqualTo(range("2025-04-01", "2025-04-01"));
	}

	@Test
	void aDefinitionsPeriodTypeGivesItsDefaultPeriod() {
		assertThat(ReportPeriods.defaultFor(new ReportDefinition.Period("financial-year", null), LAST_DAY_OF_2024_25))
			.contains(range("2024-04-01", "2025-03-31"));
		assertThat(ReportPeriods.defaultFor(new ReportDefinition.Period("quarter", null), FIRST_DAY_OF_2025_26))
			.contains(range("2025-04-01", "2025-06-30"));
		assertThat(ReportPeriods.defaultFor(new ReportDefinition.Period("rolling-days", 7), FIRST_DAY_OF_2025_26))
			.contains(range("2025-03-26", "2025-04-01"));
		assertThat(ReportPeriods.defaultFor(null, FIRST_DAY_OF_2025_26)).contains(new Range(null, null));
		assertThat(ReportPeriods.defaultFor(new ReportDefinition.Period("custom", null), FIRST_DAY_OF_2025_26))
			.isEmpty();
		assertThat(Preset.of("last-financial-year")).contains(Preset.LAST_FINANCIAL_YEAR);
	}

	private static Range range(String from, String to) {
		return new Range(LocalDate.parse(from), LocalDate.parse(to));
	}

}
