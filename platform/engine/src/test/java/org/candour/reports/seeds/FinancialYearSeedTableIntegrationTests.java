package org.candour.reports.seeds;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.candour.reports.ReportTable;
import org.candour.support.CandourIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seed table 3 (issue 14): a county financial year (April 2024 to March 2025) of 2,014
 * compliments and 1,001 complaints (950 at stage 1, 51 escalated to stage 2), from the
 * shipped {@code counts-by-directorate-and-type} and
 * {@code complaints-responded-within-timescale} reports. Stage 1 responses are due 10
 * working days after acknowledgement, stage 2 responses 20; "within timescale" is the
 * respond clock's recorded status. Corporate complaints are logged to the corporate
 * complaints team, so they count under its directorate.
 */
@CandourIntegrationTest
class FinancialYearSeedTableIntegrationTests {

	private static final LocalDate APRIL = LocalDate.of(2024, 4, 1);

	private static final LocalDate MARCH = LocalDate.of(2025, 3, 31);

	@Autowired
	ApplicationContext context;

	@Test
	void reproducesAFinancialYearsReceiptsAndResponsesWithinTimescale() {
		CountyCasework county = new CountyCasework(this.context);
		county.cases(cases -> {
			compliments(cases);
			stageOneAndTwo(cases);
		});
		LocalDate june = LocalDate.of(2025, 6, 2);

		ReportTable received = county.run("counts-by-directorate-and-type", june, APRIL, MARCH);
		ReportTable timeliness = county.run("complaints-responded-within-timescale", june, APRIL, MARCH);

		assertThat(SeedTable.totals(received, "compliments", "complaints")).isEqualTo(List.of(2014L, 1001L));
		assertThat(SeedTable.rows(timeliness, FinancialYearSeedTableIntegrationTests::stage, "responded",
				"within-timescale"))
			.isEqualTo(Map.of("stage 1", List.of(880L, 63.6), "stage 2", List.of(51L, 70.6)));
	}

	/** 2,014 in the year, and a few either side of it. */
	private static void compliments(CountyCasework cases) {
		for (int i = 0; i < 2014; i++) {
			cases.log("compliment", CountyCasework.weekday(APRIL, MARCH, i), null);
		}
		for (int i = 0; i < 3; i++) {
			cases.log("compliment", APRIL.minusDays(4), null);
			cases.log("compliment", MARCH.plusDays(1), null);
		}
	}

	/**
	 * Stage 1: 560 answered within 10 working days of acknowledgement and 320 later, 20
	 * withdrawn after acknowledgement (their clocks stop too) and 50 received in March
	 * and not yet answered. 36 of the timely answers and 15 of the late ones were
	 * escalated, and their stage 2 reviews answered within 20 working days (36) or later
	 * (15).
	 */
	private static void stageOneAndTwo(CountyCasework cases) {
		for (int i = 0; i < 880; i++) {
			boolean timely = i < 560;
			CountyCasework.Journey answered = cases
				.log("complaint-stage-1", CountyCasework.weekday(APRIL, MARCH, i), null)
				.then("acknowledge", 2)
				.then("respond", timely ? 7 : 28);
			boolean escalated = timely ? i < 36 : i < 560 + 15;
			if (escalated) {
				answered.then("escalate", 3).escalated().then("acknowledge", 1).then("respond", timely ? 14 : 42);
			}
		}
		for (int i = 0; i < 20; i++) {
			cases.log("complaint-stage-1", CountyCasework.weekday(APRIL, MARCH, i * 13), null)
				.then("acknowledge", 2)
				.then("withdraw", 4);
		}
		for (int i = 0; i < 50; i++) {
			cases.log("complaint-stage-1", CountyCasework.weekday(LocalDate.of(2025, 3, 3), MARCH, i), null)
				.then("acknowledge", 2);
		}
	}

	private static String stage(Map<String, String> key) {
		if (!"corporate-core-place".equals(key.get("directorate"))) {
			return null;
		}
		return switch (key.get("feedback-type")) {
			case "complaint-stage-1" -> "stage 1";
			case "complaint-stage-2" -> "stage 2";
			default -> null;
		};
	}

}
