package org.candour.standards;

import java.time.LocalDate;

import org.candour.definition.model.ServiceStandard;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The first day of a standard's period, the period ending today. */
class StandardScopeTests {

	@Test
	void aRollingPeriodCountsTodayAsItsLastDay() {
		assertThat(start("rolling-days", 30, "2026-06-05")).isEqualTo("2026-05-07");
		assertThat(start("rolling-days", 1, "2026-06-05")).isEqualTo("2026-06-05");
	}

	@Test
	void financialQuartersStartInAprilJulyOctoberAndJanuary() {
		assertThat(start("financial-quarter", null, "2026-06-30")).isEqualTo("2026-04-01");
		assertThat(start("financial-quarter", null, "2026-07-01")).isEqualTo("2026-07-01");
		assertThat(start("financial-quarter", null, "2026-12-31")).isEqualTo("2026-10-01");
		assertThat(start("financial-quarter", null, "2027-03-15")).isEqualTo("2027-01-01");
	}

	@Test
	void theFinancialYearStartsOnTheFirstOfApril() {
		assertThat(start("financial-year", null, "2026-04-01")).isEqualTo("2026-04-01");
		assertThat(start("financial-year", null, "2027-03-31")).isEqualTo("2026-04-01");
	}

	private static String start(String type, Integer days, String today) {
		return StandardScope.periodStart(new ServiceStandard.Period(type, days), LocalDate.parse(today)).toString();
	}

}
