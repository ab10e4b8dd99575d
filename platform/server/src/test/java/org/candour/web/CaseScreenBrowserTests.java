package org.candour.web;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.candour.cases.LogCase;
import org.candour.cases.CaseActions;
import org.candour.cases.CaseIntake;
import org.candour.cases.CaseRecords;
import org.candour.cases.FeedbackCase;
import org.candour.cases.HistoryEntry;
import org.candour.packs.PackDeployment;
import org.candour.security.Memberships;
import org.candour.support.Api;
import org.candour.tenancy.CurrentTenant;
import org.candour.tenancy.TenantContext;
import org.candour.tenancy.TenantManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An officer of the unitary council works a contact from triage to closure on the case
 * screen; guard failures and a second officer's changes are shown, never lost; an
 * investigator reaches only their org unit's cases. Every page is checked with axe-core,
 * error states included.
 */
@CandourWebTest
@ExtendWith(Browsers.class)
class CaseScreenBrowserTests {

	private static final tools.jackson.databind.json.JsonMapper LOG_CASE = tools.jackson.databind.json.JsonMapper
		.builder()
		.build();

	private static final String COUNTY = "demo-county";

	private static final DateTimeFormatter CASE_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	@Autowired
	TenantManagement tenants;

	@Autowired
	PackDeployment deployment;

	@Autowired
	Memberships memberships;

	@Autowired
	CaseIntake intake;

	@Autowired
	CaseActions actions;

	@Autowired
	CaseRecords records;

	@Autowired
	Api api;

	@Autowired
	JsonMapper json;

	@Autowired
	StoppableClock clock;

	@Autowired
	org.candour.cases.ClockSweep sweep;

	CaseworkFixture cases;

	@BeforeEach
	void unitaryCouncil() {
		this.cases = new CaseworkFixture(this.tenants, this.deployment, this.memberships, this.intake, this.actions,
				this.records, this.json);
	}

	@Test
	void anOfficerTriagesAllocatesAcknowledgesSendsRecordsTheResponseAndCloses(Page page,
			Browsers.Screenshots screenshots) {
		String reference = this.cases.contact("Missed bins on Mill Lane", null);
		OfficerSignIn.as(page, CaseworkFixture.TENANT, CaseworkFixture.OFFICER);
		page.navigate("/t/" + CaseworkFixture.TENANT + "/cases/" + reference);
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Case " + reference)))
			.isVisible();
		assertThat(page.locator("#summary-summary")).containsText("Missed bins on Mill Lane");
		assertThat(page.locator("#people")).containsText("Pat Resident");
		assertThat(page.locator("#verification")).containsText("all 1 entries are intact");
		assertDueDatesMatchTheApi(page, reference);
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "1-new-contact");

		page.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Triage this contact for case " + reference))
			.click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record triage")).click();
		assertThat(page.locator(".govuk-error-summary")).containsText("Select how this contact should be handled");
		Accessibility.assertNoViolations(page);
		page.getByLabel("Triage: complaint").check();
		page.locator("#conditional-triage-complaint")
			.getByLabel("Corporate (directorate: Resources and Place)")
			.check();
		page.getByLabel("Allocate now to (optional)").selectOption(CaseworkFixture.OFFICER);
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "2-triage");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record triage")).click();
		assertThat(page.locator(".govuk-notification-banner--success"))
			.containsText("allocated to " + CaseworkFixture.OFFICER);
		assertThat(page.locator("#case-state")).hasText("Open with the complaints team - allocated");
		assertDueDatesMatchTheApi(page, reference);

		page.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Acknowledge the complaint for case " + reference))
			.click();
		assertThat(page.locator("#case-state")).hasText("Open with the complaints team - acknowledged");
		assertThat(page.locator("#clock-respond")).isVisible();
		assertDueDatesMatchTheApi(page, reference);

		page.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Send to the service for case " + reference))
			.click();
		page.getByLabel("Instructions to the service (optional)").fill("Please call the resident first.");
		Accessibility.assertNoViolations(page);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm: Send to the service")).click();
		assertThat(page.locator("#case-state")).hasText("Open with the service");

		page.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Record the response and complete for case " + reference))
			.click();
		long before = this.cases.read(reference).version();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Confirm: Record")))
			.click();
		Locator problems = page.locator(".govuk-error-summary");
		assertThat(problems).containsText("Select outcome");
		assertThat(problems).containsText("Enter date the response was sent");
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "3-missing-fields");
		page.getByLabel("Upheld", new Page.GetByLabelOptions().setExact(true)).check();
		LocalDate today = LocalDate.now();
		page.getByLabel("Day").fill(String.valueOf(today.getDayOfMonth()));
		page.getByLabel("Month").fill(String.valueOf(today.getMonthValue()));
		page.getByLabel("Year").fill(String.valueOf(today.getYear()));
		page.getByLabel("What the complaint was mainly about").selectOption("delay");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Confirm: Record")))
			.click();
		assertThat(problems).containsText("Record what we have learned and what we will change");
		assertThat(problems.getByRole(AriaRole.LINK)).hasAttribute("href", "#learning");
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "4-guard-failure");
		assertThat(this.cases.read(reference).version()).as("nothing changed").isEqualTo(before);
		assertThat(this.cases.read(reference).current().state()).isEqualTo("with-service");

		page.getByLabel("What we have learned and what we will change", new Page.GetByLabelOptions().setExact(true))
			.fill("Crews now confirm each street on the round sheet.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Confirm: Record")))
			.click();
		assertThat(page.locator("#case-state")).hasText("Complete - response sent");
		assertThat(page.locator("#outcome")).containsText("Upheld");
		assertThat(page.locator("#outcome")).containsText("Crews now confirm each street");
		assertThat(page.locator("#verification")).containsText("intact");
		assertDueDatesMatchTheApi(page, reference);
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "5-closed");
	}

	@Test
	void aSecondOfficersChangeIsShownAndTheFirstCanRetryWithTheirAnswersKept(Page first, Page second,
			Browsers.Screenshots screenshots) {
		String reference = this.cases.allocatedComplaint("Bins not emptied");
		OfficerSignIn.as(first, CaseworkFixture.TENANT, CaseworkFixture.OFFICER);
		OfficerSignIn.as(second, CaseworkFixture.TENANT, CaseworkFixture.MANAGER);
		String screen = "/t/" + CaseworkFixture.TENANT + "/cases/" + reference;
		first.navigate(screen + "/edit/2");
		first.getByLabel("Summary").fill("Bins not emptied for three weeks");

		second.navigate(screen);
		second.getByLabel("Add a note").fill("Resident rang again.");
		second.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add note for case " + reference))
			.click();
		assertThat(second.locator(".govuk-notification-banner--success")).containsText("note has been added");

		first.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save changes")).click();
		assertThat(first.locator("#conflict")).containsText("This case was changed by someone else");
		assertThat(first.locator("#conflict")).containsText("Note added");
		assertThat(first.locator("#conflict")).containsText("Resident rang again.");
		assertThat(first.getByLabel("Summary")).hasValue("Bins not emptied for three weeks");
		assertThat(this.cases.read(reference).current().summary()).as("nothing overwritten")
			.isEqualTo("Bins not emptied");
		Accessibility.assertNoViolations(first);
		screenshots.save(first, "conflict");

		first.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save changes")).click();
		assertThat(first.locator(".govuk-notification-banner--success")).containsText("changes have been saved");
		assertThat(first.locator("#summary-summary")).containsText("Bins not emptied for three weeks");
		assertThat(first.locator("#history-timeline")).containsText("Case details changed");
	}

	@Test
	void anOfficerRecordsAStaffOnlyAnswerFromTheCaseScreen(Page page, Browsers.Screenshots screenshots) {
		String reference = this.cases.allocatedComplaint("Bins not emptied");
		OfficerSignIn.as(page, CaseworkFixture.TENANT, CaseworkFixture.OFFICER);
		page.navigate("/t/" + CaseworkFixture.TENANT + "/cases/" + reference);
		assertThat(page.locator("#data-triageNotes")).containsText("Not recorded");
		page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Change what was recorded during handling of case " + reference))
			.click();
		page.getByLabel("Reference of the case this duplicates").fill("NSC-2026-000001 and NSC-2026-000002");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save changes")).click();
		assertThat(page.locator(".govuk-error-summary")).containsText("30 characters or fewer");
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "recorded-refused");

		page.getByLabel("Reference of the case this duplicates").fill("");
		page.getByLabel("Triage notes").fill("Resident agreed we look at the last three collections");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save changes")).click();
		assertThat(page.locator(".govuk-notification-banner--success")).containsText("changes have been saved");
		assertThat(page.locator("#data-triageNotes")).containsText("Resident agreed we look at the last three");
		assertThat(page.locator("#data-service")).containsText("Corporate");
		Accessibility.assertNoViolations(page);
	}

	@Test
	void anOfficerUsingOnlyTheKeyboardAcknowledgesAndSendsACaseToTheService(Page page) {
		String reference = this.cases.allocatedComplaint("Bins missed on keyboard lane");
		OfficerSignIn.as(page, CaseworkFixture.TENANT, CaseworkFixture.OFFICER);
		page.navigate("/t/" + CaseworkFixture.TENANT + "/cases/" + reference);
		Keyboard.press(page, page.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Acknowledge the complaint for case " + reference)));
		assertThat(page.locator("#case-state")).hasText("Open with the complaints team - acknowledged");
		Keyboard.press(page, page.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Send to the service for case " + reference)));
		Locator instructions = page.getByLabel("Instructions to the service (optional)");
		Keyboard.tabTo(page, instructions);
		page.keyboard().type("Please call the resident first.");
		Keyboard.press(page,
				page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm: Send to the service")));
		assertThat(page.locator("#case-state")).hasText("Open with the service");
		assertThat(this.cases.read(reference).current().state()).isEqualTo("with-service");
	}

	@Test
	void aManagerPutsACaseOnLegalHoldWithAReasonAndTakesItOff(Page page) {
		String reference = this.cases.allocatedComplaint("Bins missed before the court case");
		OfficerSignIn.as(page, CaseworkFixture.TENANT, CaseworkFixture.MANAGER);
		page.navigate("/t/" + CaseworkFixture.TENANT + "/cases/" + reference);
		assertThat(page.locator("#legal-hold-status")).containsText("not on legal hold");
		Locator put = page.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Put on legal hold for case " + reference));
		Keyboard.press(page, put);
		assertThat(page.locator(".govuk-error-summary")).containsText("Enter why the case is being put on legal hold");
		Accessibility.assertNoViolations(page);
		assertThat(this.cases.read(reference).current().meta().has("legalHold")).as("nothing changed").isFalse();

		page.getByLabel("Why?").fill("Ombudsman investigation 24 001 234");
		put.click();
		assertThat(page.locator(".govuk-notification-banner--success")).containsText("The case is on legal hold");
		assertThat(page.locator("#legal-hold-status")).containsText("is on legal hold");
		assertThat(page.locator("#timeline")).containsText("Ombudsman investigation 24 001 234");
		assertThat(this.cases.read(reference).current().meta().path("legalHold").path("held").asBoolean()).isTrue();
		Accessibility.assertNoViolations(page);

		page.getByLabel("Why?").fill("Investigation closed");
		page.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Take off legal hold for case " + reference))
			.click();
		assertThat(page.locator("#legal-hold-status")).containsText("not on legal hold");
		assertThat(this.cases.read(reference).current().meta().path("legalHold").path("held").asBoolean()).isFalse();
	}

	@Test
	void anOfficerMayNotChangeLegalHold(Page page) {
		String reference = this.cases.allocatedComplaint("Bins missed, no hold");
		OfficerSignIn.as(page, CaseworkFixture.TENANT, CaseworkFixture.OFFICER);
		page.navigate("/t/" + CaseworkFixture.TENANT + "/cases/" + reference);
		assertThat(page.locator("#legal-hold-status")).containsText("not on legal hold");
		assertThat(page.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Put on legal hold for case " + reference)))
			.not()
			.isAttached();
	}

	@Test
	void anInvestigatorSeesOnlyTheCasesOfTheirOrgUnit(Page page) {
		String theirs = this.cases.contact("Care package not started", "adults");
		String others = this.cases.contact("Street light out", null);
		OfficerSignIn.as(page, CaseworkFixture.TENANT, CaseworkFixture.INVESTIGATOR);
		page.navigate("/t/" + CaseworkFixture.TENANT + "/cases/" + theirs);
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Case " + theirs))).isVisible();
		com.microsoft.playwright.Response refused = page.navigate("/t/" + CaseworkFixture.TENANT + "/cases/" + others);
		assertThat(refused.status()).isEqualTo(404);
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Case not found"))).isVisible();
		assertThat(page.getByText("Street light out")).not().isAttached();
		assertThat(page.navigate("/t/" + CaseworkFixture.TENANT + "/cases/" + others + "/actions/record-response")
			.status()).isEqualTo(404);
		Accessibility.assertNoViolations(page);
	}

	@Test
	void anActionTheOfficerMayNotTakeShowsAPageSayingSo(Page page) {
		String reference = this.cases.contact("Bins left open", null);
		OfficerSignIn.as(page, CaseworkFixture.TENANT, CaseworkFixture.OFFICER);
		String actions = "/t/" + CaseworkFixture.TENANT + "/cases/" + reference + "/actions/";
		assertThat(page.navigate(actions + "record-response").status()).as("not in this state").isEqualTo(409);
		assertThat(page.getByRole(AriaRole.HEADING,
				new Page.GetByRoleOptions().setName("This action cannot be taken now")))
			.isVisible();
		assertThat(page.getByText("cannot be taken while the case is: Unallocated")).isVisible();
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to case " + reference)))
			.isVisible();
		Accessibility.assertNoViolations(page);
		assertThat(page.navigate(actions + "assign-for-triage").status()).as("a manager's action").isEqualTo(403);
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("You cannot do this")))
			.isVisible();
		Accessibility.assertNoViolations(page);
	}

	@Test
	void anOfficerLogsAPhoneCallOnBehalfOfAResidentWithAnEarlierReceiptDate(Page page,
			Browsers.Screenshots screenshots) {
		OfficerSignIn.as(page, CaseworkFixture.TENANT, CaseworkFixture.OFFICER);
		page.navigate("/t/" + CaseworkFixture.TENANT + "/cases/new");
		page.getByLabel("Contact (to be triaged)").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
		page.locator("#channel-options").getByLabel("Telephone").check();
		LocalDate received = LocalDate.now().minusDays(3);
		Locator receipt = page.locator("#receivedAt");
		receipt.getByLabel("Day").fill(String.valueOf(received.getDayOfMonth()));
		receipt.getByLabel("Month").fill(String.valueOf(received.getMonthValue()));
		receipt.getByLabel("Year").fill(String.valueOf(received.getYear()));
		page.getByLabel("Time received (optional)").fill("11:15");
		page.getByLabel("Full name").fill("Sam Caller");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log the case")).click();
		Locator problems = page.locator(".govuk-error-summary");
		assertThat(problems).containsText("Say why the case is logged with an earlier receipt date");
		assertThat(problems).containsText("Enter a summary");
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "log-errors");

		page.getByLabel("Why is the receipt date earlier than today?").fill("Voicemail picked up after the weekend");
		page.getByLabel("Summary").fill("Fly-tipping behind the library");
		page.getByLabel("Tell us what happened").fill("Bags of rubbish have been there for a week.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log the case")).click();
		assertThat(page.locator(".govuk-notification-banner--success")).containsText("Case logged");
		String reference = page.locator("#summary-reference dd").textContent().trim();
		assertThat(this.cases.read(reference).channel()).isEqualTo("phone");
		assertThat(this.cases.read(reference).backdatedReason()).isEqualTo("Voicemail picked up after the weekend");
		assertThat(this.cases.read(reference).receivedAt().atZone(java.time.ZoneId.of("Europe/London")).toLocalDate())
			.isEqualTo(received);
		assertThat(page.locator("#people")).containsText("Sam Caller");
		assertDueDatesMatchTheApi(page, reference);
		Accessibility.assertNoViolations(page);
	}

	@Test
	void aCountyOfficerRecordsAStageOneResponseChoosingTheHandlerFromTheCouncilsStaff(Page page,
			Browsers.Screenshots screenshots) {
		CurrentTenant county = county();
		TenantContext.runAs(county,
				() -> this.memberships.put("candour-cli", List.of("MANAGER"), List.of(), "county response test"));
		String reference = countyComplaint(county, "Pothole on Mill Lane not repaired");
		OfficerSignIn.as(page, COUNTY, "officer@" + COUNTY);
		page.navigate("/t/" + COUNTY + "/cases/" + reference);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Acknowledge for case " + reference))
			.click();
		assertThat(page.locator("#case-state")).hasText("Acknowledged - being investigated");
		assertThat(page.locator("#notifications")).containsText("Waiting to be sent");
		assertThat(page.locator("#notifications")).not().containsText("spring.mail");
		assertThat(page.locator("#remedies")).containsText("Nothing yet.");
		Api.Response proposed = this.api.post("/api/tenants/" + COUNTY + "/cases/" + reference + "/remedies",
				Map.of("kind", "ex-gratia-payment", "description", "For the damaged tyre", "amount", 400));
		assertThat(proposed.status()).as(proposed.body().toString()).isEqualTo(201);
		page.reload();
		assertThat(page.locator("#remedies")).containsText("For the damaged tyre");
		assertThat(page.locator("#remedies")).containsText("Ex gratia payment, £400.00 – proposed by");
		Accessibility.assertNoViolations(page);

		page.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Record the stage 1 response for case " + reference))
			.click();
		Locator handler = page.getByLabel("Officer who handled stage 1");
		assertThat(handler.locator("option[value='officer@" + COUNTY + "']")).hasCount(1);
		assertThat(handler.locator("option[value='candour-cli']")).hasCount(0);
		assertThat(page.getByLabel("What we have learned and what we will change",
				new Page.GetByLabelOptions().setExact(true)))
			.isVisible();
		assertThat(page.getByLabel("What we did or will do to put things right (optional)")).isVisible();
		page.getByLabel("Upheld", new Page.GetByLabelOptions().setExact(true)).check();
		String guidance = page.getByLabel("Upheld", new Page.GetByLabelOptions().setExact(true))
			.getAttribute("aria-describedby");
		assertThat(page.locator("#" + guidance)).hasText("We found fault and have put things right.");
		LocalDate today = LocalDate.now();
		page.getByLabel("Day").fill(String.valueOf(today.getDayOfMonth()));
		page.getByLabel("Month").fill(String.valueOf(today.getMonthValue()));
		page.getByLabel("Year").fill(String.valueOf(today.getYear()));
		page.getByLabel("What the complaint was mainly about").selectOption("delay");
		page.getByLabel("What we have learned and what we will change", new Page.GetByLabelOptions().setExact(true))
			.fill("Repairs are now booked the day a pothole is reported.");
		handler.selectOption("officer@" + COUNTY);
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "1-stage-1-response");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm: Record the stage 1 response"))
			.click();

		assertThat(page.locator("#case-state")).hasText("Stage 1 response sent");
		assertThat(page.locator("#outcome")).containsText("Upheld");
		FeedbackCase responded = TenantContext.callAs(county, () -> this.records.load(reference));
		assertThat(responded.current().data().path("stage1Handler").asString()).isEqualTo("officer@" + COUNTY);
		Accessibility.assertNoViolations(page);

		page.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Close the complaint for case " + reference))
			.click();
		assertThat(page.locator("#case-state")).hasText("Closed");
		assertThat(page.locator("#summary-closure dd")).hasText("Response sent");
		Locator history = page.locator("#history-timeline");
		assertThat(history).containsText("Closed because: set to Response sent");
		assertThat(history).containsText("Closed on: set to " + CASE_DAY.format(today));
		assertThat(history).not().containsText("response-sent");
		assertThat(page.locator("#main-content")).not().containsText(Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d"));
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "2-closed");
	}

	@Test
	void aBreachedStageOneComplaintIsBackWithTheComplaintsTeamAndTheTimelineSaysSo(Page page) {
		CurrentTenant county = county();
		String reference = countyComplaint(county, "Blocked drain on Mill Street");
		String cases = "/api/tenants/" + COUNTY + "/cases/" + reference + "/actions/";
		assertThat(this.api.post(cases + "acknowledge", Map.of("inputs", Map.of())).status()).isEqualTo(200);
		assertThat(
				this.api.post(cases + "refer-to-service", Map.of("inputs", Map.of("team", "highways-maintenance-team")))
					.status())
			.isEqualTo(200);
		try {
			this.clock.stop();
			this.clock.advance(java.time.Duration.ofDays(21));
			TenantContext.runAs(county, this.sweep::sweep);
		}
		finally {
			this.clock.run();
		}

		OfficerSignIn.as(page, COUNTY, "officer@" + COUNTY);
		page.navigate("/t/" + COUNTY + "/cases/" + reference);
		Locator history = page.locator("#history-timeline");
		assertThat(history).containsText("Timescale breached");
		FeedbackCase breached = TenantContext.callAs(county, () -> this.records.load(reference));
		assertThat(breached.current().team()).isEqualTo("corporate-complaints-team");
		assertThat(breached.history().get(breached.history().size() - 1).by()).isEqualTo("system");
		Accessibility.assertNoViolations(page);
	}

	@Test
	void aStageTwoReviewerWhoHandledStageOneIsRefusedWithAnErrorSummary(Page page) {
		CurrentTenant county = county();
		String reference = countyComplaint(county, "Street light out on Church Lane");
		String cases = "/api/tenants/" + COUNTY + "/cases/" + reference + "/actions/";
		assertThat(this.api.post(cases + "acknowledge", Map.of("inputs", Map.of())).status()).isEqualTo(200);
		Api.Response responded = this.api.post(cases + "respond",
				Map.of("inputs",
						Map.of("decision", "not-upheld", "responseDate", LocalDate.now().toString(), "classification",
								"service-failure", "handledBy", "officer@" + COUNTY, "riskCategory",
								"complainant-third-parties", "riskRationale", "No risk found")));
		assertThat(responded.status()).as(responded.body().toString()).isEqualTo(200);
		Api.Response escalated = this.api.post(cases + "escalate",
				Map.of("inputs", Map.of("reason", "The light is still out")));
		assertThat(escalated.status()).as(escalated.body().toString()).isEqualTo(200);
		String stageTwo = escalated.body()
			.path("links")
			.valueStream()
			.filter(link -> link.path("relation").asString().equals("escalated-to"))
			.map(link -> link.path("reference").asString())
			.findFirst()
			.orElseThrow();
		OfficerSignIn.as(page, COUNTY, "officer@" + COUNTY);
		page.navigate("/t/" + COUNTY + "/cases/" + stageTwo + "/actions/acknowledge");
		Locator reviewer = page.getByLabel("Reviewing officer (must not have handled stage 1)");
		if ("SELECT".equals(reviewer.evaluate("element => element.tagName"))) {
			reviewer.selectOption("officer@" + COUNTY);
		}
		else {
			reviewer.fill("officer@" + COUNTY);
		}
		page.getByRole(AriaRole.GROUP,
				new Page.GetByRoleOptions().setName(Pattern.compile("I confirm the reviewing officer")))
			.getByLabel("Yes", new Locator.GetByLabelOptions().setExact(true))
			.check();
		page.locator("main form button[type=submit]").last().click();

		Locator problems = page.locator(".govuk-error-summary");
		assertThat(problems).containsText(
				"The reviewing officer must not be the officer who handled the complaint at stage 1: choose someone else");
		assertThat(problems.locator("a").first()).hasAttribute("href", Pattern.compile("reviewingOfficer"));
		FeedbackCase unchanged = TenantContext.callAs(county, () -> this.records.load(stageTwo));
		assertThat(unchanged.current().state()).isEqualTo("new");
		Accessibility.assertNoViolations(page);
	}

	@Test
	void anOfficerAddsAFileOnTheCaseScreenAndAFileOfAnotherTypeIsRefusedInPlainWords(Page page, Page auditor,
			Browsers.Screenshots screenshots) {
		String reference = this.cases.allocatedComplaint("Photos of the missed bins");
		String screen = "/t/" + CaseworkFixture.TENANT + "/cases/" + reference;
		OfficerSignIn.as(page, CaseworkFixture.TENANT, CaseworkFixture.OFFICER);
		page.navigate(screen);
		page.getByLabel("Add a file").setInputFiles(attachment("renamed-program.pdf"));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload file for case " + reference))
			.click();
		assertThat(page).hasTitle(Pattern.compile("^Error: "));
		assertThat(page.locator(".govuk-error-summary")).containsText("The selected file must be a PDF, JPG, PNG");
		assertThat(page.locator("#file-error")).containsText("The selected file must be a PDF, JPG, PNG");
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "1-refused");
		page.locator(".govuk-error-summary a").first().click();
		assertThat(page.locator("#file")).isFocused();
		byte[] huge = new byte[11 * 1024 * 1024];
		System.arraycopy("%PDF-1.4\n".getBytes(), 0, huge, 0, 9);
		page.getByLabel("Add a file").setInputFiles(new FilePayload("scan.pdf", "application/pdf", huge));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload file for case " + reference))
			.click();
		assertThat(page.locator("#file-error")).containsText("The selected file must be smaller than 10 MB");
		assertThat(this.cases.read(reference).history()).extracting(HistoryEntry::action)
			.doesNotContain("attachment-added");

		page.getByLabel("Add a file").setInputFiles(attachment("pothole-photo-report.pdf"));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload file for case " + reference))
			.click();
		assertThat(page.locator(".govuk-notification-banner--success"))
			.containsText("File added: pothole-photo-report.pdf");
		Locator files = page.locator("#attachments");
		assertThat(files.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("pothole-photo-report.pdf")))
			.isVisible();
		assertThat(files.locator("time")).hasText(Pattern.compile(CASE_DAY.format(LocalDate.now()) + " at "));
		assertThat(page.locator("#history-timeline")).containsText("File added");
		assertThat(this.cases.read(reference).history()).extracting(HistoryEntry::by).contains(CaseworkFixture.OFFICER);
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "2-added");

		OfficerSignIn.as(auditor, CaseworkFixture.TENANT, "auditor@" + CaseworkFixture.TENANT);
		auditor.navigate(screen);
		assertThat(auditor.locator("#attachments")).containsText("pothole-photo-report.pdf");
		assertThat(auditor.getByLabel("Add a file")).hasCount(0);
	}

	private CurrentTenant county() {
		if (this.tenants.find(COUNTY).isEmpty()) {
			this.deployment.deployShipped(COUNTY, "county-council", true);
		}
		return this.tenants.get(COUNTY).asCurrent();
	}

	/** A corporate complaint at stage 1, received by phone. */
	private String countyComplaint(CurrentTenant county, String summary) {
		ObjectNode body = this.json.createObjectNode().put("feedbackType", "complaint-stage-1").put("channel", "phone");
		body.putObject("data")
			.put("name", "Pat Resident")
			.put("email", "pat@example.com")
			.put("service", "highways")
			.put("summary", summary)
			.put("details", "Reported twice; a cyclist nearly fell.");
		return TenantContext.callAs(county,
				() -> this.intake.log(LOG_CASE.treeToValue(body, LogCase.class), null).feedbackCase().reference());
	}

	private static Path attachment(String name) {
		return Paths.get("src/test/resources/attachments", name);
	}

	/**
	 * Every clock's due date on the screen is the one {@code GET …/cases/{ref}} gives.
	 */
	private void assertDueDatesMatchTheApi(Page page, String reference) {
		Api.Response found = this.api.get("/api/tenants/" + CaseworkFixture.TENANT + "/cases/" + reference);
		assertThat(found.status()).isEqualTo(200);
		assertThat(found.body().path("clocks").size()).isPositive();
		for (JsonNode clock : found.body().path("clocks")) {
			Locator due = page.locator("#clock-" + clock.path("id").asString() + " time");
			assertThat(due).hasAttribute("datetime", clock.path("dueDate").asString());
		}
	}

}
