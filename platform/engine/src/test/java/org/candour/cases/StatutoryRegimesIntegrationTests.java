package org.candour.cases;

import java.util.Map;

import org.candour.support.Api;
import org.candour.support.CaseApi;
import org.candour.support.CandourIntegrationTest;
import org.candour.support.TestClock;
import org.candour.support.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Adult and children's statutory processes and an ombudsman's customer-care process, each
 * defined only in test configuration; due dates computed by hand in
 * {@code src/test/resources/configs/README.md}.
 */
@CandourIntegrationTest
class StatutoryRegimesIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	TestTenants testTenants;

	@Autowired
	TestClock clock;

	@BeforeEach
	void receivedOnWednesdayMorning() {
		this.clock.set("2026-11-18T10:00:00Z");
	}

	@Test
	void adultSocialCareIsAcknowledgedWithinThreeWorkingDaysWithASixMonthBackstop() {
		CaseApi cases = new CaseApi(this.api, this.testTenants.withConfiguration("adult-social-care"));
		JsonNode logged = cases.logged(Map.of("feedbackType", "asc-complaint", "channel", "phone", "data",
				Map.of("name", "Pat Jones", "onBehalfOf", false, "service", "home-care", "summary",
						"Carers arrive late", "details", "Morning visits are often two hours late.")));
		assertThat(CaseApi.due(logged, "acknowledge")).isEqualTo("2026-11-23");
		assertThat(CaseApi.due(logged, "backstop")).isEqualTo("2027-05-19");
		String reference = logged.path("reference").asString();
		JsonNode acknowledged = cases.acted(reference, "acknowledge", Map.of("discussionOffered", true));
		assertThat(CaseApi.status(acknowledged, "acknowledge")).isEqualTo("met");
	}

	@Test
	void lateReceiptCountsFromTheNextWorkingDay() {
		CaseApi cases = new CaseApi(this.api, this.testTenants.withConfiguration("adult-social-care"));
		this.clock.set("2026-11-18T17:00:00Z");
		JsonNode logged = cases.logged(Map.of("feedbackType", "asc-complaint", "data", Map.of("name", "Pat Jones",
				"onBehalfOf", false, "service", "home-care", "summary", "Late", "details", "Late visits")));
		assertThat(logged.path("receivedOn").asString()).isEqualTo("2026-11-19");
		assertThat(CaseApi.due(logged, "acknowledge")).isEqualTo("2026-11-24");
	}

	@Test
	void childrensComplaintRunsThroughAllThreeStatutoryStages() {
		CaseApi cases = new CaseApi(this.api, this.testTenants.withConfiguration("childrens-statutory"));
		JsonNode stageOne = cases.logged(Map.of("feedbackType", "childrens-stage-1", "data",
				Map.of("name", "Sam Taylor", "complainantIs", "parent", "service", "children-in-care", "summary",
						"Contact visits cancelled", "details", "Three contact visits were cancelled without notice.")));
		String first = stageOne.path("reference").asString();
		assertThat(CaseApi.due(stageOne, "respond")).isEqualTo("2026-12-02");
		cases.acted(first, "acknowledge", Map.of());
		JsonNode extended = cases.acted(first, "extend",
				Map.of("extensionDays", 10, "reason", "Social worker on leave"));
		assertThat(CaseApi.due(extended, "respond")).isEqualTo("2026-12-16");
		assertThat(cases.act(first, "extend", Map.of("extensionDays", 1, "reason", "More")).status()).isEqualTo(422);
		cases.acted(first, "respond", Map.of("decision", "not-upheld", "responseDate", "2026-11-20", "classification",
				"contact-arrangements"));
		String second = CaseApi.linked(cases.acted(first, "escalate", Map.of("reason", "Still no contact plan")),
				"escalated-to");

		cases.acted(second, "assign-investigator",
				Map.of("investigator", "i.officer", "independentPerson", "d.person"));
		JsonNode investigating = cases.acted(second, "agree-statement",
				Map.of("agreedStatementDate", "2026-11-23", "complaintStatement", "Contact arrangements"));
		assertThat(investigating.path("officer").asString()).isEqualTo("i.officer");
		assertThat(CaseApi.due(investigating, "investigate")).isEqualTo("2026-12-30");
		JsonNode longest = cases.acted(second, "extend", Map.of("extensionDays", 40, "reason", "Complex case"));
		assertThat(CaseApi.due(longest, "investigate")).isEqualTo("2027-02-25");
		cases.acted(second, "submit-report", Map.of("reportDate", "2026-12-01"));
		cases.acted(second, "respond", Map.of("decision", "partially-upheld", "responseDate", "2026-12-02",
				"classification", "contact-arrangements", "learning", "Agree contact plans in writing"));
		String third = CaseApi.linked(cases.acted(second, "escalate", Map.of("reason", "Wants a review panel")),
				"escalated-to");

		JsonNode review = cases.read(third);
		assertThat(review.path("feedbackType").asString()).isEqualTo("childrens-stage-3");
		assertThat(CaseApi.due(review, "panel")).isEqualTo("2027-01-04");
		cases.acted(third, "arrange-panel", Map.of("panelDate", "2027-01-04"));
		this.clock.set("2027-01-04T15:00:00Z");
		JsonNode held = cases.acted(third, "panel-held", Map.of());
		assertThat(CaseApi.status(held, "panel")).isEqualTo("met");
		assertThat(CaseApi.due(held, "report")).isEqualTo("2027-01-11");
		this.clock.set("2027-01-11T09:00:00Z");
		JsonNode reported = cases.acted(third, "report-sent", Map.of("reportDate", "2027-01-11"));
		assertThat(CaseApi.due(reported, "council-response")).isEqualTo("2027-02-01");
	}

	@Test
	void ombudsmanServiceComplaintClockPausesWhileWaitingForTheComplainant() {
		CaseApi cases = new CaseApi(this.api, this.testTenants.withConfiguration("ombudsman-service"));
		JsonNode logged = cases.logged(Map.of("feedbackType", "service-complaint", "channel", "email", "data",
				Map.of("name", "Robin Lee", "aboutWhat", "delay", "summary", "No update for months", "details",
						"My case has had no update since March.")));
		String reference = logged.path("reference").asString();
		assertThat(logged.path("stateCategory").asString()).isEqualTo("new");
		assertThat(CaseApi.due(logged, "eight-weeks")).isEqualTo("2027-01-18");
		JsonNode allocated = cases.acted(reference, "allocate", Map.of("officer", "c.care"));
		assertThat(CaseApi.due(allocated, "resolve")).isEqualTo("2026-12-16");
		cases.acted(reference, "start-investigation", Map.of());

		this.clock.set("2026-11-24T10:00:00Z");
		JsonNode waiting = cases.acted(reference, "request-info", Map.of("question", "Which letter do you mean?"));
		assertThat(waiting.path("stateCategory").asString()).isEqualTo("waiting");
		assertThat(CaseApi.status(waiting, "resolve")).isEqualTo("paused");
		assertThat(CaseApi.status(waiting, "eight-weeks")).isEqualTo("running");

		this.clock.set("2026-11-27T10:00:00Z");
		JsonNode resumed = cases.acted(reference, "info-received", Map.of());
		assertThat(CaseApi.status(resumed, "resolve")).isEqualTo("running");
		assertThat(CaseApi.due(resumed, "resolve")).isEqualTo("2026-12-21");
		assertThat(CaseApi.due(resumed, "eight-weeks")).isEqualTo("2027-01-18");
	}

}
