package org.candour.cases;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import io.micrometer.core.instrument.MeterRegistry;
import org.candour.notifications.StaffMessages;
import org.candour.notifications.StaffRecipient;
import org.candour.support.Api;
import org.candour.support.CandourIntegrationTest;
import org.candour.support.CaseApi;
import org.candour.support.TestClock;
import org.candour.support.TestTenants;
import org.candour.tenancy.ActiveTenants;
import org.candour.tenancy.CurrentTenant;
import org.candour.tenancy.TenantContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Time-driven automation on the shipped county council pack: its stage 1 response clock's
 * onBreach effects (back to the corporate complaints team, told by email), its default
 * warning two working days before, its timed close 30 calendar days after the response,
 * and its stage 2 rule that the reviewing officer is not the stage 1 handler. The sweep
 * is called with the test clock moved on; a second sweep built from its own objects over
 * the same database stands for a second instance.
 */
@CandourIntegrationTest
class TimeDrivenAutomationIntegrationTests {

	private static final String INVESTIGATOR = "inv.jones";

	private static final String COMPLAINTS_OFFICER = "cc.officer";

	@Autowired
	Api api;

	@Autowired
	TestTenants testTenants;

	@Autowired
	TestClock clock;

	@Autowired
	ClockSweep sweep;

	@Autowired
	Cases storedCases;

	@Autowired
	CaseConfigurations configurations;

	@Autowired
	ActiveTenants tenants;

	@Autowired
	Escalations escalations;

	@Autowired
	GuardCheck guards;

	@Autowired
	CaseHistory history;

	@Autowired
	JsonMapper json;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	MeterRegistry meters;

	@Autowired
	StaffMessages staffMessages;

	String tenant;

	CaseApi cases;

	@BeforeEach
	void tenant() {
		this.clock.set("2026-11-18T10:00:00Z");
		this.tenant = this.testTenants.withShippedPack("automation", "county-council");
		this.cases = new CaseApi(this.api, this.tenant);
		member(INVESTIGATOR, List.of(), "inv.jones@example.org");
		member(COMPLAINTS_OFFICER, List.of("corporate-complaints-team"), "cc.officer@example.org");
	}

	@Test
	void aBreachedStageOneClockReassignsTheCaseAndNotifiesTheTeamOnceAcrossSweepsAndInstances() throws Exception {
		String reference = referredToTheService();
		this.clock.set("2026-12-03T09:00:00Z");
		ClockSweep secondInstance = secondInstance();
		ExecutorService pool = Executors.newFixedThreadPool(2);
		CurrentTenant current = CurrentTenant.pooled(this.tenant);
		Callable<Integer> first = () -> TenantContext.callAs(current, this.sweep::sweep);
		Callable<Integer> second = () -> TenantContext.callAs(current, secondInstance::sweep);
		int marked = 0;
		for (int round = 0; round < 2; round++) {
			var one = pool.submit(first);
			var two = pool.submit(second);
			marked += one.get() + two.get();
		}
		pool.shutdown();

		assertThat(marked).isEqualTo(1);
		JsonNode breached = this.cases.read(reference);
		assertThat(CaseApi.status(breached, "respond")).isEqualTo("breached");
		assertThat(breached.path("team").asString()).isEqualTo("corporate-complaints-team");
		assertThat(breached.path("meta").path("withService").asBoolean(true)).isFalse();
		List<JsonNode> entries = entries(breached, "clock-breached");
		assertThat(entries).hasSize(1);
		assertThat(entries.get(0).path("by").asString()).isEqualTo("system");
		assertThat(staffNotices(reference, "complaint-stage-1-overdue"))
			.extracting(n -> n.path("recipient").asString(), n -> n.path("to").asString())
			.containsExactly(tuple("team:" + COMPLAINTS_OFFICER, "cc.officer@example.org"));
		assertThat(staffNotices(reference, "staff-case-assigned"))
			.as("the breach's own notice tells the team, not the allocation notice as well")
			.noneMatch(n -> n.path("recipient").asString().startsWith("team:"));
		assertThat(verified(reference)).isTrue();
	}

	@Test
	void warnBeforeSendsItsWarningOnceForEachDueDate() {
		String reference = referredToTheService();
		this.clock.set("2026-11-27T09:00:00Z");
		sweep();
		assertThat(entries(this.cases.read(reference), "clock-warning")).as("not yet two working days before")
			.isEmpty();

		this.clock.set("2026-11-30T09:00:00Z");
		sweep();
		sweep();
		this.clock.set("2026-11-30T15:00:00Z");
		sweep();

		JsonNode warned = this.cases.read(reference);
		assertThat(entries(warned, "clock-warning")).hasSize(1);
		assertThat(warned.path("meta").path("clockWarnings").path("respond").asString()).isEqualTo("2026-12-02");
		assertThat(staffNotices(reference, "staff-clock-warning"))
			.extracting(n -> n.path("recipient").asString(), n -> n.path("subject").asString())
			.containsExactly(tuple("member:" + INVESTIGATOR, "Case " + reference + " is due by 2 December 2026"));
		assertThat(verified(reference)).isTrue();
	}

	@Test
	void aRespondedComplaintClosesItselfThirtyCalendarDaysLaterOnce() {
		String reference = referredToTheService();
		this.clock.set("2026-11-30T10:00:00Z");
		this.cases.acted(reference, "respond", respondInputs("a.patel"));

		this.clock.set("2026-12-29T10:00:00Z");
		sweep();
		assertThat(this.cases.read(reference).path("state").asString()).as("29 days on").isEqualTo("responded");

		this.clock.set("2026-12-30T08:00:00Z");
		sweep();
		sweep();

		JsonNode closed = this.cases.read(reference);
		assertThat(closed.path("state").asString()).isEqualTo("closed");
		assertThat(closed.path("closureReason").asString()).isEqualTo("response-sent");
		List<JsonNode> entries = entries(closed, "close");
		assertThat(entries).hasSize(1);
		assertThat(entries.get(0).path("by").asString()).isEqualTo("system");
		assertThat(entries.get(0).path("comment").asString()).contains("After 30 calendar days in state 'responded'");
		assertThat(verified(reference)).isTrue();
	}

	@Test
	void theStageTwoReviewerMustNotBeTheStageOneHandler() {
		String reference = referredToTheService();
		this.cases.acted(reference, "respond", respondInputs("a.patel"));
		JsonNode escalated = this.cases.acted(reference, "escalate", Map.of("reason", "The pothole is still there"));
		String stageTwo = CaseApi.linked(escalated, "escalated-to");
		assertThat(stageTwo).isNotNull();

		Api.Response refused = this.cases.act(stageTwo, "acknowledge",
				Map.of("reviewingOfficer", "A.Patel ", "notStage1Handler", true));

		assertThat(refused.status()).isEqualTo(422);
		JsonNode problem = refused.body().path("errors").get(0);
		assertThat(problem.path("pointer").asString()).isEqualTo("/data/reviewingOfficer");
		assertThat(problem.path("code").asString()).isEqualTo("guard.different");
		assertThat(problem.path("message").asString()).startsWith("The reviewing officer must not be the officer");
		assertThat(this.cases.read(stageTwo).path("state").asString()).isEqualTo("new");
		assertThat(this.cases
			.act(stageTwo, "acknowledge", Map.of("reviewingOfficer", "j.okafor", "notStage1Handler", true))
			.status()).isEqualTo(200);
	}

	@Test
	void aNotifyToManagersReachesTheManagersOfTheCasesTeamAndOfTheUnitsAboveIt() {
		String reference = referredToTheService();
		manager("mgr.directorate", List.of("corporate-core-place"), "mgr.directorate@example.org");
		manager("mgr.elsewhere", List.of("adult-care"), "mgr.elsewhere@example.org");
		manager("mgr.no-address", List.of("customer-services"), null);

		int queued = TenantContext.callAs(CurrentTenant.pooled(this.tenant),
				() -> this.staffMessages.send(reference, "complaint-stage-1-overdue", "managers-test",
						StaffRecipient.managers("corporate-complaints-team"), Map.of("reference", reference)));

		assertThat(queued).isEqualTo(1);
		assertThat(staffNotices(reference, "complaint-stage-1-overdue"))
			.extracting(n -> n.path("recipient").asString(), n -> n.path("to").asString())
			.containsExactly(tuple("managers:mgr.directorate", "mgr.directorate@example.org"));
	}

	private String referredToTheService() {
		String reference = this.cases.logged(Map.of("feedbackType", "complaint-stage-1", "channel", "web", "data",
				Map.of("name", "Sam Taylor", "email", "sam.taylor@example.com", "preferredContact", "email", "service",
						"highways", "summary", "Pothole reported three times", "details",
						"The pothole on Station Road is still there.", "incidentDate", "2026-10-02", "raisedBefore",
						true, "desiredOutcome", "Repair the pothole")))
			.path("reference")
			.asString();
		this.cases.acted(reference, "acknowledge", Map.of());
		this.cases.acted(reference, "refer-to-service",
				Map.of("team", "highways-maintenance-team", "investigator", INVESTIGATOR));
		return reference;
	}

	private static Map<String, Object> respondInputs(String handledBy) {
		return Map.of("decision", "not-upheld", "responseDate", "2026-11-30", "classification", "service-failure",
				"handledBy", handledBy, "riskCategory", "complainant-third-parties", "riskRationale", "No risk found");
	}

	/** A sweep made of its own objects over the same database: another instance. */
	private ClockSweep secondInstance() {
		SystemChanges changes = new SystemChanges(this.storedCases, this.configurations, this.guards, this.history,
				this.json, this.events);
		return new ClockSweep(this.storedCases, this.configurations, this.tenants, this.escalations,
				new ClockEvents(this.configurations, changes, this.events, this.meters),
				new TimedTransitions(this.configurations, changes), Optional.of(this.clock));
	}

	private void sweep() {
		TenantContext.runAs(CurrentTenant.pooled(this.tenant), this.sweep::sweep);
	}

	private boolean verified(String reference) {
		return this.cases.get("/" + reference + "/history/verify").body().path("valid").asBoolean();
	}

	private List<JsonNode> entries(JsonNode feedbackCase, String action) {
		List<JsonNode> found = new ArrayList<>();
		this.cases.get("/" + feedbackCase.path("reference").asString() + "/history").body().forEach(entry -> {
			if (entry.path("action").asString().equals(action)) {
				found.add(entry);
			}
		});
		return found;
	}

	private List<JsonNode> staffNotices(String reference, String template) {
		List<JsonNode> found = new ArrayList<>();
		this.cases.get("/" + reference + "/notifications").body().forEach(n -> {
			if (n.path("template").asString().equals(template)) {
				found.add(n);
			}
		});
		return found;
	}

	private void manager(String user, List<String> orgUnits, String email) {
		Map<String, Object> body = new HashMap<>(Map.of("roles", List.of("MANAGER"), "orgUnits", orgUnits));
		if (email != null) {
			body.put("email", email);
		}
		Api.Response put = this.api.put("/api/tenants/" + this.tenant + "/members/" + user, body);
		assertThat(put.status()).as(put.body().toString()).isEqualTo(200);
	}

	private void member(String user, List<String> orgUnits, String email) {
		Map<String, Object> body = new HashMap<>(
				Map.of("roles", List.of("OFFICER"), "orgUnits", orgUnits, "email", email));
		Api.Response put = this.api.put("/api/tenants/" + this.tenant + "/members/" + user, body);
		assertThat(put.status()).as(put.body().toString()).isEqualTo(200);
	}

}
