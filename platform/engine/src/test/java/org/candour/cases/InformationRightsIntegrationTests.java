package org.candour.cases;

import java.util.Map;

import org.candour.support.Api;
import org.candour.support.CaseApi;
import org.candour.support.CandourIntegrationTest;
import org.candour.support.TestClock;
import org.candour.support.TestTenants;
import org.candour.tenancy.CurrentTenant;
import org.candour.tenancy.TenantContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The county pack's information requests: subject access requests due one calendar month
 * after the day of receipt (a weekend day included), moved to the next working day, and
 * extended by two months; an FOI request whose clock restarts on clarification, its
 * earlier period kept and the new one alone counted as met or breached.
 */
@CandourIntegrationTest
class InformationRightsIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	TestTenants testTenants;

	@Autowired
	TestClock clock;

	@Autowired
	ClockSweep sweep;

	String tenant;

	CaseApi cases;

	@BeforeEach
	void countyCouncil() {
		this.tenant = this.testTenants.withShippedPack("info", "county-council");
		this.cases = new CaseApi(this.api, this.tenant);
	}

	@Test
	void aSubjectAccessRequestReceivedOnASundayIsDueOnTheMondayAfterTheMonthEnds() {
		this.clock.set("2027-01-31T11:00:00Z");

		JsonNode request = loggedSubjectAccessRequest();

		// day 0 is Sunday 31 January itself; one month on is Sunday 28 February
		assertThat(CaseApi.due(request, "respond")).isEqualTo("2027-03-01");
		assertThat(request.path("receivedOn").asString()).isEqualTo("2027-02-01");
	}

	@Test
	void aSubjectAccessRequestCountsFromTheWeekendDayOfReceiptNotTheNextWorkingDay() {
		this.clock.set("2026-10-31T14:00:00Z");

		JsonNode request = loggedSubjectAccessRequest();

		// Saturday 31 October: one month on is Monday 30 November (from Monday 2
		// November, the working-day receipt date, it would be 2 December)
		assertThat(request.path("receivedOn").asString()).isEqualTo("2026-11-02");
		assertThat(CaseApi.due(request, "respond")).isEqualTo("2026-11-30");
	}

	@Test
	void aSubjectAccessRequestDueOnASaturdayIsDueTheFollowingMonday() {
		this.clock.set("2026-07-01T09:30:00Z");

		assertThat(CaseApi.due(loggedSubjectAccessRequest(), "respond")).isEqualTo("2026-08-03");
	}

	@Test
	void aComplexSubjectAccessRequestIsExtendedByTwoFurtherMonthsAndNoMore() {
		this.clock.set("2027-01-31T11:00:00Z");
		String reference = loggedSubjectAccessRequest().path("reference").asString();
		this.clock.set("2027-02-08T10:00:00Z");
		this.cases.acted(reference, "start", Map.of());

		JsonNode extended = this.cases.acted(reference, "extend",
				Map.of("extensionDays", 2, "reason", "Records held in three services"));

		assertThat(CaseApi.due(extended, "respond")).isEqualTo("2027-04-30");
		assertThat(this.cases.act(reference, "extend", Map.of("extensionDays", 1, "reason", "More")).status())
			.isEqualTo(422);
	}

	@Test
	void anFoiClockRestartedAfterClarificationCountsTheNewPeriodOnly() {
		this.clock.set("2026-11-18T10:00:00Z");
		JsonNode logged = this.cases.logged(Map.of("feedbackType", "foi-request", "channel", "email", "data",
				Map.of("name", "Alex Reed", "informationRequested", "Highways contracts")));
		String reference = logged.path("reference").asString();
		assertThat(CaseApi.due(logged, "respond")).isEqualTo("2026-12-16");
		this.cases.acted(reference, "acknowledge", Map.of());
		this.clock.set("2026-11-20T10:00:00Z");
		this.cases.acted(reference, "seek-clarification", Map.of());

		this.clock.set("2026-12-02T11:00:00Z");
		JsonNode clarified = this.cases.acted(reference, "clarification-received",
				Map.of("clarification", "Only contracts let in 2025"));

		// 20 working days from Wednesday 2 December 2026, skipping 25 and 28 December
		// and 1 January; resuming the paused clock instead would have made it due on 30
		// December
		JsonNode respond = clock(clarified, "respond");
		assertThat(respond.path("dueDate").asString()).isEqualTo("2027-01-04");
		assertThat(respond.path("status").asString()).isEqualTo("running");
		assertThat(respond.path("earlierPeriods")).hasSize(1);
		JsonNode earlier = respond.path("earlierPeriods").get(0);
		assertThat(earlier.path("dueDate").asString()).isEqualTo("2026-12-16");
		assertThat(earlier.path("status").asString()).isEqualTo("paused");
		assertThat(earlier.path("reason").asString()).isEqualTo("Only contracts let in 2025");

		this.clock.set("2026-12-31T09:00:00Z");
		assertThat(TenantContext.callAs(CurrentTenant.pooled(this.tenant), this.sweep::sweep)).isZero();
		this.clock.set("2027-01-04T15:00:00Z");
		JsonNode answered = this.cases.acted(reference, "respond", Map.of("decision", "information-provided",
				"responseDate", "2027-01-04", "classification", "highways-transport"));
		assertThat(CaseApi.status(answered, "respond")).isEqualTo("met");
		assertThat(clock(answered, "respond").path("earlierPeriods")).hasSize(1);
	}

	private JsonNode loggedSubjectAccessRequest() {
		return this.cases.logged(Map.of("feedbackType", "subject-access-request", "channel", "email", "data",
				Map.of("name", "Sam Patel", "requesterIs", "self", "informationRequested", "My housing file")));
	}

	private static JsonNode clock(JsonNode feedbackCase, String id) {
		for (JsonNode clock : feedbackCase.path("clocks")) {
			if (clock.path("id").asString().equals(id)) {
				return clock;
			}
		}
		throw new AssertionError("No clock " + id + " in " + feedbackCase);
	}

}
