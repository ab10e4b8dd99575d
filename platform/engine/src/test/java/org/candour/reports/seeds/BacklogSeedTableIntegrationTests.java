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
 * Seed table 1 (issue 14): the backlog at the start of December by service, from the
 * shipped {@code backlog-position} report run on 1 December with no period. Its "service"
 * is the directorate whose team the case was logged to (Adults, Children's, Corporate;
 * "Other" is Economy, Transport &amp; Environment, whose complaints its own teams logged
 * and passed to the corporate complaints team); its total is the open backlog (no
 * response sent yet).
 */
@CandourIntegrationTest
class BacklogSeedTableIntegrationTests {

	private static final LocalDate FIRST = LocalDate.of(2025, 10, 1);

	private static final LocalDate LAST = LocalDate.of(2025, 11, 14);

	private static final Map<String, String> SERVICES = Map.of("adult-care", "Adults", "childrens-services",
			"Children's", "corporate-core-place", "Corporate", "economy-transport-environment", "Other");

	@Autowired
	ApplicationContext context;

	@Test
	void reproducesTheBacklogAtTheStartOfDecemberByService() {
		CountyCasework county = new CountyCasework(this.context);
		county.cases(BacklogSeedTableIntegrationTests::autumn);

		ReportTable backlog = county.run("backlog-position", LocalDate.of(2025, 12, 1), null, null);

		assertThat(SeedTable.rows(backlog, key -> SERVICES.get(key.get("directorate")), "open", "not-started",
				"with-complaints-team"))
			.isEqualTo(Map.of("Adults", List.of(89L, 42L, 47L), "Children's", List.of(116L, 51L, 65L), "Corporate",
					List.of(65L, 21L, 44L), "Other", List.of(12L, 0L, 12L)));
		assertThat(SeedTable.totals(backlog, "open", "not-started", "with-complaints-team"))
			.isEqualTo(List.of(282L, 114L, 168L));
		assertThat(SeedTable.totals(backlog, "total", "with-service", "complete", "closed-other"))
			.as("cases answered or withdrawn before December are not in the backlog")
			.isEqualTo(List.of(298L, 0L, 14L, 2L));
	}

	/** The cases logged from October to mid-November, as they stand on 1 December. */
	private static void autumn(CountyCasework cases) {
		int n = 0;
		// Adults: 42 not started (10 allocated to a locality team, not acknowledged),
		// 47 acknowledged by the adults complaints team (20 with a plan agreed), 5
		// answered
		for (int i = 0; i < 42; i++) {
			CountyCasework.Journey logged = cases.log("asc-complaint", day(n++), null);
			if (i < 10) {
				logged.then("allocate", 1, Map.of("team", "adult-care-locality-north"));
			}
		}
		for (int i = 0; i < 47; i++) {
			CountyCasework.Journey acknowledged = cases.log("asc-complaint", day(n++), null).then("acknowledge", 2);
			if (i < 20) {
				acknowledged.then("agree-plan", 3);
			}
		}
		for (int i = 0; i < 5; i++) {
			cases.log("asc-complaint", day(n++), null).then("acknowledge", 1).then("agree-plan", 2).then("close", 10);
		}
		// Children's: 51 not started, 65 acknowledged, 4 answered
		for (int i = 0; i < 51; i++) {
			cases.log("childrens-stage-1", day(n++), null);
		}
		for (int i = 0; i < 65; i++) {
			cases.log("childrens-stage-1", day(n++), null).then("acknowledge", 2);
		}
		for (int i = 0; i < 4; i++) {
			cases.log("childrens-stage-1", day(n++), null).then("acknowledge", 1).then("respond", 6);
		}
		// Corporate: 21 not started, 44 with the corporate complaints team (6 of them
		// back from the service), 5 answered and closed, 2 withdrawn
		for (int i = 0; i < 21; i++) {
			cases.log("complaint-stage-1", day(n++), null);
		}
		for (int i = 0; i < 44; i++) {
			CountyCasework.Journey acknowledged = cases.log("complaint-stage-1", day(n++), null).then("acknowledge", 2);
			if (i < 6) {
				acknowledged.then("refer-to-service", 1, Map.of("team", "highways-maintenance-team"))
					.then("return-to-complaints-team", 3);
			}
		}
		for (int i = 0; i < 5; i++) {
			cases.log("complaint-stage-1", day(n++), null).then("acknowledge", 1).then("respond", 7).then("close", 3);
		}
		for (int i = 0; i < 2; i++) {
			cases.log("complaint-stage-1", day(n++), null).then("acknowledge", 1).then("withdraw", 2);
		}
		// Other: complaints Highways logged against its own team and passed to the
		// corporate complaints team
		for (int i = 0; i < 12; i++) {
			cases.log("complaint-stage-1", day(n++), "highways-inspections-team")
				.then("acknowledge", 1)
				.then("return-to-complaints-team", 1);
		}
	}

	private static LocalDate day(int n) {
		return CountyCasework.weekday(FIRST, LAST, n);
	}

}
