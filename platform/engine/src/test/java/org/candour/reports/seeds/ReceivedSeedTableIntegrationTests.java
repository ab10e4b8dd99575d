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
 * Seed table 2 (issue 14): where the cases received from 30 November to 28 February
 * stand, by type, from the shipped {@code backlog-position} report run on 2 March for
 * that period. "Service requests / not a council complaint" are contacts logged as
 * complaints and reclassified as service requests: the report counts them as closed for
 * another reason and in none of the open or complete columns (the seed's "–").
 */
@CandourIntegrationTest
class ReceivedSeedTableIntegrationTests {

	private static final LocalDate FIRST = LocalDate.of(2025, 12, 1);

	private static final LocalDate LAST = LocalDate.of(2026, 2, 13);

	private static final Map<String, String> TYPES = Map.of("asc-complaint", "Statutory Adults", "childrens-stage-1",
			"Statutory Children Stage 1s", "complaint-stage-1", "Corporate Complaints", "service-request",
			"Service Requests / not a council complaint");

	@Autowired
	ApplicationContext context;

	@Test
	void reproducesTheCasesReceivedFromDecemberToFebruaryByType() {
		CountyCasework county = new CountyCasework(this.context);
		county.cases(cases -> {
			adults(cases);
			childrens(cases);
			corporate(cases);
			notCouncilComplaints(cases);
			outsideThePeriod(cases);
		});

		ReportTable received = county.run("backlog-position", LocalDate.of(2026, 3, 2), LocalDate.of(2025, 11, 30),
				LocalDate.of(2026, 2, 28));

		String[] columns = { "total", "with-service", "with-complaints-team", "complete", "closed-other" };
		assertThat(SeedTable.rows(received, key -> TYPES.get(key.get("feedback-type")), columns))
			.isEqualTo(Map.of("Statutory Adults", List.of(85L, 25L, 1L, 50L, 9L), "Statutory Children Stage 1s",
					List.of(79L, 39L, 2L, 26L, 12L), "Corporate Complaints", List.of(99L, 29L, 1L, 46L, 23L),
					"Service Requests / not a council complaint", List.of(116L, 0L, 0L, 0L, 116L)));
		assertThat(SeedTable.totals(received, columns)).isEqualTo(List.of(379L, 93L, 4L, 122L, 160L));
		assertThat(SeedTable.totals(received, "not-started", "reclassified-or-signposted"))
			.isEqualTo(List.of(0L, 116L));
	}

	/**
	 * 25 allocated to a locality team with a plan agreed, 1 with the adults complaints
	 * team, 50 answered, 9 withdrawn.
	 */
	private static void adults(CountyCasework cases) {
		for (int i = 0; i < 85; i++) {
			CountyCasework.Journey logged = cases.log("asc-complaint", day(i), null);
			if (i < 25) {
				logged.then("allocate", 0, Map.of("team", "adult-care-locality-north"))
					.then("acknowledge", 2)
					.then("agree-plan", 3);
			}
			else if (i < 26) {
				logged.then("acknowledge", 2);
			}
			else if (i < 76) {
				logged.then("acknowledge", 2).then("agree-plan", 3).then("close", 7);
			}
			else {
				logged.then("acknowledge", 2).then("withdraw", 3);
			}
		}
	}

	/**
	 * 39 logged against the service's team and acknowledged (local resolution with the
	 * team manager), 2 with the children's complaints team, 26 answered (half of them
	 * closed), 12 withdrawn.
	 */
	private static void childrens(CountyCasework cases) {
		for (int i = 0; i < 79; i++) {
			if (i < 39) {
				String team = (i % 2 == 0) ? "children-in-care-team" : "child-protection-team";
				cases.log("childrens-stage-1", day(i), team).then("acknowledge", 2);
			}
			else if (i < 41) {
				cases.log("childrens-stage-1", day(i), null).then("acknowledge", 2);
			}
			else if (i < 67) {
				CountyCasework.Journey answered = cases.log("childrens-stage-1", day(i), null)
					.then("acknowledge", 2)
					.then("respond", 6);
				if (i % 2 == 0) {
					answered.then("close", 5);
				}
			}
			else {
				cases.log("childrens-stage-1", day(i), null).then("withdraw", 3);
			}
		}
	}

	/**
	 * 29 referred to the service, 1 with the corporate complaints team, 46 answered (10
	 * after the service investigated, 20 closed), 10 withdrawn, 7 duplicates and 6 out of
	 * time.
	 */
	private static void corporate(CountyCasework cases) {
		for (int i = 0; i < 99; i++) {
			CountyCasework.Journey logged = cases.log("complaint-stage-1", day(i), null);
			if (i < 29) {
				String team = (i % 2 == 0) ? "highways-maintenance-team" : "parking-services-team";
				logged.then("acknowledge", 2).then("refer-to-service", 1, Map.of("team", team));
			}
			else if (i < 30) {
				logged.then("acknowledge", 2);
			}
			else if (i < 76) {
				logged.then("acknowledge", 2);
				if (i < 40) {
					logged.then("refer-to-service", 1, Map.of("team", "highways-maintenance-team"));
				}
				logged.then("respond", 6);
				if (i >= 56) {
					logged.then("close", 8);
				}
			}
			else if (i < 86) {
				logged.then("acknowledge", 2).then("withdraw", 4);
			}
			else if (i < 93) {
				logged.then("decline", 1, Map.of("closureReason", "duplicate"));
			}
			else {
				logged.then("acknowledge", 2).then("decline", 3, Map.of("closureReason", "out-of-time"));
			}
		}
	}

	/**
	 * Contacts logged as complaints that were requests for a service: reclassified, and
	 * then (for 40 of them) worked on and (for 20) completed as service requests.
	 */
	private static void notCouncilComplaints(CountyCasework cases) {
		for (int i = 0; i < 116; i++) {
			CountyCasework.Journey reclassified = cases.log("complaint-stage-1", day(i), null)
				.then("reclassify-as-service-request", 1);
			if (i < 40) {
				reclassified.then("start-work", 2);
			}
			if (i < 20) {
				reclassified.then("complete", 5);
			}
		}
	}

	/** Received on the Friday before the period and on the day of the run. */
	private static void outsideThePeriod(CountyCasework cases) {
		for (int i = 0; i < 4; i++) {
			cases.log("complaint-stage-1", LocalDate.of(2025, 11, 28), null).then("acknowledge", 3);
			cases.log("asc-complaint", LocalDate.of(2026, 3, 2), null);
		}
	}

	private static LocalDate day(int n) {
		return CountyCasework.weekday(FIRST, LAST, n * 7);
	}

}
