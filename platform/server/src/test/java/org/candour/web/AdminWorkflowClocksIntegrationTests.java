package org.candour.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.candour.calendar.TenantCalendars;
import org.candour.cases.CaseActions;
import org.candour.cases.CaseIntake;
import org.candour.cases.CaseReference;
import org.candour.cases.FeedbackCase;
import org.candour.cases.LogCase;
import org.candour.cases.TakeAction;
import org.candour.config.DraftDocument;
import org.candour.config.DraftManagement;
import org.candour.workflow.CaseClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A feedback type's timescale pages: a clock read with a worked example of its due dates
 * counted on the tenant's calendar (England and Wales bank holidays, the county's 5pm
 * cut-off), the example counted again from unsaved values, a clock saved and worded in
 * the draft's changes, refusals on the fields, deletion refused while an action acts on
 * the clock, a stale save's conflict page and an auditor who changes nothing.
 */
@CandourWebTest
class AdminWorkflowClocksIntegrationTests {

	private static final String WORKFLOW = "complaint-stage-1";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	DraftManagement drafts;

	@Autowired
	AdminTenants adminTenants;

	@Autowired
	CaseIntake intake;

	@Autowired
	CaseActions actions;

	@Autowired
	TenantCalendars calendars;

	AdminTenant tenant;

	String clocks;

	@BeforeEach
	void countyTenant() {
		this.tenant = this.adminTenants.county();
		this.clocks = this.tenant.admin() + "/feedback-types/complaint-stage-1/workflow/clocks";
	}

	@Test
	void theResponseTimescaleShowsItsFieldsAndAWorkedExampleAcrossChristmasAndEaster() {
		ResidentBrowser.Page respond = this.tenant.signedIn(this.port, AdminTenant.ADMIN).get(this.clocks + "/respond");

		assertThat(respond.status()).isEqualTo(200);
		assertThat(respond.html()).contains("value=\"Stage 1 response due\"", "value=\"10\"",
				"Applies to new cases only.", "Cases already open keep the version of the workflow",
				"Assign the case to the team ‘corporate-complaints-team’",
				"Email with the template ‘complaint-stage-1-overdue’ to the team",
				"Received Friday 19 December 2025 at 4:30pm", "anything received at or after 17:00 counts");
		// Friday 19 December 2025 at 4:30pm is before the 5pm cut-off: day 0. Five
		// working days, skipping
		// 25 and 26 December (bank holidays) and the weekends: 22, 23, 24, 29, 30
		// December. The response clock
		// starts when the acknowledgement is taken, on its last day (30 December): ten
		// working days, skipping
		// 1 January: 31 December, 2, 5, 6, 7, 8, 9, 12, 13, 14 January.
		assertThat(cell(respond, "example-0-acknowledge")).isEqualTo("Tuesday 30 December 2025");
		assertThat(cell(respond, "example-0-respond")).isEqualTo("Wednesday 14 January 2026");
		// Thursday 2 April 2026 at 5:30pm is after the cut-off; Good Friday and Easter
		// Monday are bank holidays,
		// so day 0 is Tuesday 7 April: 8, 9, 10, 13, 14 April.
		assertThat(cell(respond, "example-1-acknowledge")).isEqualTo("Tuesday 14 April 2026");
	}

	@Test
	void updatingTheExampleCountsTheValuesEnteredAndSavesNothing() {
		ResidentBrowser browser = this.tenant.signedIn(this.port, AdminTenant.ADMIN);
		String hash = hash(browser.get(this.clocks + "/respond").html());
		String before = draftHash();

		ResidentBrowser.Page example = browser.post(this.clocks + "/respond", respond(hash, "15", "example"));

		assertThat(example.status()).isEqualTo(200);
		assertThat(example.html()).contains("id=\"example-unsaved\"", "value=\"15\"");
		assertThat(cell(example, "example-0-respond")).isEqualTo("Wednesday 21 January 2026");
		assertThat(draftHash()).isEqualTo(before);
	}

	@Test
	void aSavedTimescaleIsInTheDraftAndItsChangeInWords() {
		ResidentBrowser browser = this.tenant.signedIn(this.port, AdminTenant.ADMIN);
		String hash = hash(browser.get(this.clocks + "/respond").html());

		ResidentBrowser.Page saved = browser.post(this.clocks + "/respond", respond(hash, "15", "save"));

		assertThat(saved.path()).endsWith("/feedback-types/complaint-stage-1/workflow");
		assertThat(saved.html()).contains("Timescale ‘Stage 1 response due’ saved", "15 working days");
		assertThat(this.tenant.inTenant(() -> this.drafts.get("workflow", WORKFLOW))
			.content()
			.at("/spec/clocks/1/duration")
			.asString()).isEqualTo("15 working days");
		assertThat(browser.get(this.tenant.admin() + "/check").html())
			.contains("Clock &#39;Stage 1 response due&#39; 10 → 15 working days");
	}

	@Test
	void aTimescaleMissingItsNameOrNamingWhatTheWorkflowLacksIsRefusedOnItsFields() {
		ResidentBrowser browser = this.tenant.signedIn(this.port, AdminTenant.ADMIN);
		String hash = hash(browser.get(this.clocks + "/new").html());
		String before = draftHash();

		ResidentBrowser.Page refused = browser.post(this.clocks + "/new", "hash", hash, "label", " ", "startsOn",
				"transition:vanish", "stopsOn", "vanish", "amount", "1.5", "unit", "fortnights", "anchor", "received",
				"pausedIn", "nowhere", "residents", "yes", "intent", "save");

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.html()).contains("govuk-error-summary", "href=\"#label\">Enter the timescale’s name</a>",
				"href=\"#startsOn\">Select what starts the timescale</a>",
				"href=\"#stopsOn\">Select actions the workflow has</a>",
				"href=\"#amount\">Enter how long as a whole number, 1 or more</a>",
				"href=\"#unit\">Select working days, calendar days, hours or calendar months</a>",
				"href=\"#pausedIn\">Select states the workflow has</a>",
				"href=\"#publicLabel\">Enter what residents see it called</a>");
		assertThat(browser
			.post(this.clocks + "/new", "hash", hash, "label", "Internal check", "startsOn", "logged", "amount", "0",
					"unit", "working-days", "anchor", "received", "residents", "no", "intent", "save")
			.html()).contains("href=\"#amount\">Enter how long as a whole number, 1 or more</a>");
		assertThat(draftHash()).isEqualTo(before);
	}

	@Test
	void aNewTimescaleIsAddedAndATimescaleAnActionExtendsIsNotDeleted() {
		ResidentBrowser browser = this.tenant.signedIn(this.port, AdminTenant.ADMIN);
		String hash = hash(browser.get(this.clocks + "/new").html());

		ResidentBrowser.Page added = browser.post(this.clocks + "/new", "hash", hash, "label", "Internal backstop",
				"startsOn", "logged", "stopsOn", "respond", "amount", "3", "unit", "calendar-months", "anchor",
				"received", "pausedIn", "responded", "residents", "no", "intent", "save");
		assertThat(added.html()).contains("Timescale ‘Internal backstop’ added", "id=\"clock-internal-backstop\"",
				"3 calendar months");
		assertThat(this.tenant.inTenant(() -> this.drafts.validate()).valid()).isTrue();

		hash = hash(browser.get(this.clocks + "/respond/delete").html());
		ResidentBrowser.Page refused = browser.post(this.clocks + "/respond/delete", "hash", hash);
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.html()).contains("The action ‘Extend the deadline’ extends it: change that first");

		ResidentBrowser.Page deleted = browser.post(this.clocks + "/internal-backstop/delete", "hash", hash);
		assertThat(deleted.html()).contains("Timescale ‘Internal backstop’ deleted")
			.doesNotContain("id=\"clock-internal-backstop\"");
	}

	@Test
	void aTimescaleAServiceStandardCountsIsNotDeleted() {
		ObjectNode standard = JSON.createObjectNode()
			.put("kind", "service-standard")
			.put("id", "acknowledged-in-time")
			.put("title", "Complaints acknowledged in time");
		standard.putObject("spec")
			.put("measure", "clock")
			.put("clock", "acknowledge")
			.set("feedbackTypes", JSON.createArrayNode().add("complaint-stage-1"));
		((ObjectNode) standard.get("spec")).putObject("period").put("type", "financial-year");
		((ObjectNode) standard.get("spec")).putObject("target").put("atLeast", 90);
		this.tenant
			.inTenant(() -> this.drafts.put(new DraftDocument("service-standard", "acknowledged-in-time", standard)));
		ResidentBrowser browser = this.tenant.signedIn(this.port, AdminTenant.ADMIN);
		String hash = hash(browser.get(this.clocks + "/acknowledge/delete").html());

		ResidentBrowser.Page refused = browser.post(this.clocks + "/acknowledge/delete", "hash", hash);

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.html()).contains("The service standard acknowledged in time counts it",
				"has a clock &#39;acknowledge&#39;");
		assertThat(draftHash()).isEqualTo(hash);
	}

	@Test
	void aSubjectAccessRequestMonthFromTheEndOfJanuaryIsDueOnTheNextWorkingDay() {
		ResidentBrowser.Page sar = this.tenant.signedIn(this.port, AdminTenant.ADMIN)
			.get(this.tenant.admin() + "/feedback-types/subject-access-request/workflow/clocks/respond");

		// Saturday 31 January 2026: calendar time counts from that date; one month is
		// Saturday 28 February,
		// not a working day, so Monday 2 March.
		assertThat(cell(sar, "example-2-respond")).isEqualTo("Monday 2 March 2026");
	}

	@Test
	void aStaleSaveShowsTheConflictPageAndAnAuditorReadsButChangesNothing() {
		ResidentBrowser browser = this.tenant.signedIn(this.port, AdminTenant.ADMIN);
		String stale = hash(browser.get(this.clocks + "/respond").html());
		browser.post(this.clocks + "/respond", respond(stale, "12", "save"));

		ResidentBrowser.Page conflict = browser.post(this.clocks + "/respond", respond(stale, "15", "save"));
		assertThat(conflict.status()).isEqualTo(409);

		ResidentBrowser auditor = this.tenant.signedIn(this.port, AdminTenant.AUDITOR);
		ResidentBrowser.Page read = auditor.get(this.clocks + "/respond");
		assertThat(read.html()).contains("Worked example", "id=\"example-0-respond\"")
			.doesNotContain("Save timescale", "id=\"update-example\"");
		assertThat(auditor.post(this.clocks + "/respond", respond(hash(read.html()), "15", "example")).status())
			.isEqualTo(403);
	}

	@Test
	void publishedFifteenDaysCountForANewCaseWhileACaseAlreadyOpenKeepsTen() {
		String open = complaint("Logged before the change");
		ResidentBrowser browser = this.tenant.signedIn(this.port, AdminTenant.ADMIN);
		browser.post(this.clocks + "/respond",
				respond(hash(browser.get(this.clocks + "/respond").html()), "15", "save"));
		this.tenant.publish("Stage 1 responses in 15 working days");
		String logged = complaint("Logged after the change");

		assertThat(respondWorkingDays(acknowledged(open))).as("pinned to the version it was logged with").isEqualTo(10);
		assertThat(respondWorkingDays(acknowledged(logged))).isEqualTo(15);
	}

	private String complaint(String summary) {
		ObjectNode body = JSON.createObjectNode().put("feedbackType", "complaint-stage-1").put("channel", "phone");
		body.putObject("data")
			.put("name", "Pat Resident")
			.put("email", "pat@example.com")
			.put("service", "highways")
			.put("summary", summary)
			.put("details", "Reported twice.");
		return this.tenant
			.inTenant(() -> this.intake.log(JSON.treeToValue(body, LogCase.class), null).feedbackCase().reference());
	}

	private CaseClock acknowledged(String reference) {
		FeedbackCase acknowledged = this.tenant.inTenant(() -> this.actions
			.take(new TakeAction(new CaseReference(reference), "acknowledge", JSON.createObjectNode(), null, null)));
		return acknowledged.current()
			.clocks()
			.stream()
			.filter(clock -> clock.id().equals("respond"))
			.findFirst()
			.orElseThrow();
	}

	/** Working days from the clock's day 0 to its due date, on the tenant's calendar. */
	private int respondWorkingDays(CaseClock clock) {
		return this.tenant
			.inTenant(() -> this.calendars.current().workingDaysBetween(clock.anchorDate(), clock.dueDate()));
	}

	/** The stage 1 response clock's page as posted, with another amount. */
	private static String[] respond(String hash, String amount, String intent) {
		List<String> fields = new ArrayList<>(List.of("hash", hash, "label", "Stage 1 response due", "startsOn",
				"transition:acknowledge", "stopsOn", "respond", "stopsOn", "decline", "stopsOn", "withdraw", "amount",
				amount, "unit", "working-days", "anchor", "start", "anchorField", "", "warnAmount", "2", "warnUnit",
				"working-days", "extensionMax", "10", "reasonRequired", "yes", "extensionRoles",
				"officers-and-managers", "residents", "yes", "publicLabel", "Our response", "intent", intent));
		return fields.toArray(String[]::new);
	}

	private String draftHash() {
		return this.tenant.inTenant(() -> this.drafts.draft().hashOf("workflow", WORKFLOW));
	}

	private static String cell(ResidentBrowser.Page page, String id) {
		Matcher cell = Pattern.compile("id=\"" + id + "\"[^>]*>([^<]*)<").matcher(page.html());
		assertThat(cell.find()).as("the page has " + id).isTrue();
		return cell.group(1).trim();
	}

	private static String hash(String html) {
		return AdminWorkflowPagesIntegrationTests.hash(html);
	}

}
