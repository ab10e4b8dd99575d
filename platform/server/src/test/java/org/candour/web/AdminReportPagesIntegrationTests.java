package org.candour.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.candour.cases.CaseActions;
import org.candour.cases.CaseIntake;
import org.candour.config.DraftManagement;
import org.candour.definition.ConfigDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report definitions editor on a tenant of the county council pack: reports listed,
 * one created and shaped (details, a grouping by team, a percentage with condition rows
 * and a target), the store's refusals on the fields, auditors, conflicts, the readable
 * diff, and the draft previewed on the tenant's own cases against a hand count.
 */
@CandourWebTest
class AdminReportPagesIntegrationTests {

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

	AdminTenant tenant;

	String reports;

	@BeforeEach
	void countyTenant() {
		this.tenant = this.adminTenants.county();
		this.reports = this.tenant.admin() + "/reports";
	}

	@Test
	void listsTheDraftsReportsWithPeriodScheduleUsesAndState() {
		ResidentBrowser.Page list = signedIn(AdminTenant.ADMIN).get(this.reports);

		assertThat(list.status()).isEqualTo(200);
		assertThat(list.html()).contains("Corporate complaints responded to within timescale", "Quarter",
				"Quarterly (January, April, July, October) on day 1 at 6am",
				"Manager dashboard: its timeliness figure is shown against this report", "Published",
				"href=\"" + this.reports + "/complaints-responded-within-timescale\"");
	}

	@Test
	void createsComplaintsByTeamAndShapesItIntoTheDraft() {
		ResidentBrowser browser = signedIn(AdminTenant.ADMIN);
		String report = createComplaintsByTeam(browser);

		ConfigDocument written = this.tenant.inTenant(() -> this.drafts.get("report", "complaints-by-team"));
		assertThat(written.content().get("spec")).isEqualTo(JSON.readTree("""
				{"measures": [{"id": "cases", "label": "Cases", "type": "count"},
				  {"id": "responded-on-time", "label": "% responded on time", "type": "percentage",
				   "where": {"required": ["clocks"], "properties": {"clocks": {"required": ["respond"],
				     "properties": {"respond": {"required": ["status"], "properties": {"status": {"const": "met"}}}}}}},
				   "denominatorWhere": {"required": ["clocks"], "properties": {"clocks": {"required": ["respond"],
				     "properties": {"respond": {"required": ["status"],
				       "properties": {"status": {"enum": ["met", "breached"]}}}}}}},
				   "target": 90}],
				 "feedbackTypes": ["complaint-stage-1"], "period": {"type": "financial-year"},
				 "schedule": "0 7 2 * *", "layout": {"type": "table"}, "outputs": ["html", "csv"],
				 "dimensions": [{"id": "team", "label": "Team", "field": "orgUnit", "orgStructure": "current"}]}
				"""));
		ResidentBrowser.Page page = browser.get(report);
		assertThat(page.html()).contains("Not published yet", "% responded on time", "clocks.respond.status is met",
				"Today&#39;s structure", "Scheduled runs: Monthly on day 2 at 7am");
		assertThat(browser.get(this.tenant.admin() + "/check").html())
			.contains("Report &#39;Complaints by team&#39; added");

		this.tenant.publish("Complaints by team");
		assertThat(browser.get(this.reports).html()).contains("Complaints by team");
		assertThat(browser.get(report).html()).contains(">Published<");
	}

	@Test
	void wordsAChangedTargetAndScheduleOnCheckAndPublish() {
		ResidentBrowser browser = signedIn(AdminTenant.ADMIN);
		String report = this.reports + "/complaints-responded-within-timescale";
		ResidentBrowser.Page measure = browser.get(report + "/measures/within-timescale");
		assertThat(measure.html()).contains("value=\"clocks.respond.status\"", "value=\"85\"");
		ResidentBrowser.Page saved = browser.post(report + "/measures/within-timescale", "hash", hash(measure.html()),
				"label", "% responded within timescale", "type", "percentage", "whereMatch", "ALL", "whereField",
				"clocks.respond.status", "whereOperator", "IS", "whereValues", "met", "target", "90");
		assertThat(saved.path()).isEqualTo(report);
		ResidentBrowser.Page details = browser.get(report);
		browser.post(report, "hash", hash(details.html()), "title",
				"Corporate complaints responded to within timescale", "feedbackTypes", "complaint-stage-1",
				"feedbackTypes", "complaint-stage-2", "period", "quarter", "schedule", "none", "layout", "table",
				"outputs", "html", "outputs", "csv", "outputs", "xlsx");

		String check = browser.get(this.tenant.admin() + "/check").html();
		assertThat(check).contains(
				"Target of &#39;% responded within timescale&#39; in &#39;Corporate complaints responded to within timescale&#39; 85 → 90",
				"Schedule of &#39;Corporate complaints responded to within timescale&#39; Quarterly (January, April, July, October) on day 1 at 6am → Not scheduled: run by hand");
		JsonNode spec = this.tenant.inTenant(() -> this.drafts.get("report", "complaints-responded-within-timescale"))
			.content()
			.get("spec");
		assertThat(spec.has("schedule")).isFalse();
		assertThat(spec.at("/measures/2/where/properties/clocks").has("required"))
			.as("a figure the page did not touch keeps its condition as written")
			.isFalse();
	}

	@Test
	void refusesProblemsOnTheirFieldsAndSavesNothing() {
		ResidentBrowser browser = signedIn(AdminTenant.ADMIN);
		ResidentBrowser.Page untitled = browser.post(this.reports + "/new", "title", " ");
		assertThat(untitled.status()).isEqualTo(422);
		assertThat(untitled.html()).contains("<title>Error: Create a report", "href=\"#title\"", "Enter a title");

		String report = this.reports + "/backlog-position";
		ConfigDocument before = this.tenant.inTenant(() -> this.drafts.get("report", "backlog-position"));
		ResidentBrowser.Page page = browser.get(report);
		ResidentBrowser.Page details = browser.post(report, "hash", hash(page.html()), "title", "", "schedule", "cron",
				"cron", "0 25 * * *", "layout", "table");
		assertThat(details.status()).isEqualTo(422);
		assertThat(details.html()).contains("href=\"#title\"", "Enter a title", "href=\"#cron\"",
				"Enter a cron expression of 5 or 6 fields");

		ResidentBrowser.Page grouping = browser.post(report + "/dimensions/new", "hash", hash(page.html()), "label",
				"Ward", "field", "other", "otherField", "data.ward");
		assertThat(grouping.status()).isEqualTo(422);
		assertThat(grouping.html()).contains("href=\"#otherField\"", "No form of this report has a field data.ward");

		ResidentBrowser.Page noCondition = browser.post(report + "/measures/new", "hash", hash(page.html()), "label",
				"% open", "type", "percentage");
		assertThat(noCondition.status()).isEqualTo(422);
		assertThat(noCondition.html()).contains("href=\"#whereField-1\"");

		String lonely = createReport(browser, "Lonely report");
		ResidentBrowser.Page last = browser.post(lonely + "/measures/cases/remove", "hash",
				hash(browser.get(lonely).html()));
		assertThat(last.status()).isEqualTo(422);
		assertThat(last.html()).contains("href=\"#measures\"", "A report needs at least one figure");

		assertThat(this.tenant.inTenant(() -> this.drafts.get("report", "backlog-position")).content())
			.isEqualTo(before.content());
		assertThat(
				this.tenant.inTenant(() -> this.drafts.get("report", "lonely-report")).content().at("/spec/measures"))
			.hasSize(1);
	}

	@Test
	void letsAuditorsReadButNotChange() {
		ResidentBrowser auditor = signedIn(AdminTenant.AUDITOR);
		String report = this.reports + "/backlog-position";
		ResidentBrowser.Page page = auditor.get(report);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html()).doesNotContain("Save details", "Add a figure");
		assertThat(auditor.post(report, "hash", hash(page.html()), "title", "Mine").status()).isEqualTo(403);
		assertThat(auditor.post(this.reports + "/new", "title", "Mine").status()).isEqualTo(403);
		assertThat(auditor.post(report + "/measures/new", "hash", "", "label", "N", "type", "count").status())
			.isEqualTo(403);
	}

	@Test
	void showsTheConflictPageWhenSomeoneElseSavedFirst() {
		ResidentBrowser first = signedIn(AdminTenant.ADMIN);
		ResidentBrowser second = signedIn(AdminTenant.ADMIN);
		String report = this.reports + "/backlog-position";
		String firstHash = hash(first.get(report).html());
		String secondHash = hash(second.get(report).html());
		first.post(report + "/dimensions/new", "hash", firstHash, "label", "Channel", "field", "channel");

		ResidentBrowser.Page conflict = second.post(report + "/dimensions/new", "hash", secondHash, "label", "State",
				"field", "state");
		assertThat(conflict.status()).isEqualTo(409);
		assertThat(conflict.html()).contains("Someone else changed this report");
		assertThat(this.tenant.inTenant(() -> this.drafts.get("report", "backlog-position")).content().toString())
			.contains("Channel")
			.doesNotContain("\"State\"");
	}

	@Test
	void previewsTheDraftOnTheTenantsCasesAsCountedByHand() {
		ResidentBrowser browser = signedIn(AdminTenant.ADMIN);
		String report = createComplaintsByTeam(browser);
		new ReportCases(this.intake, this.actions).logIn(this.tenant);

		ResidentBrowser.Page preview = browser.get(report + "/preview?from=2000-01-01&to=2100-12-31&structure=current");

		assertThat(preview.status()).isEqualTo(200);
		String html = preview.html();
		assertThat(html).contains("Preview on live data");
		assertThat(row(html, "Direct Payments")).contains(">3<", "100.0% (1/1)");
		assertThat(row(html, "SEND")).contains(">2<", "n/a");
		assertThat(this.tenant.inTenant(() -> this.drafts.draft()
			.documents()
			.stream()
			.filter(document -> document.kind().equals("report"))
			.count())).isGreaterThan(0);
	}

	@Test
	void refusesToPreviewAReportTheDraftCannotCompile() {
		ResidentBrowser browser = signedIn(AdminTenant.ADMIN);
		String report = createReport(browser, "Broken report");
		this.tenant.inTenant(() -> {
			ObjectNode content = this.drafts.get("report", "broken-report").content().deepCopy();
			content.withObject("/spec")
				.putArray("dimensions")
				.addObject()
				.put("id", "ward")
				.put("label", "Ward")
				.put("field", "data.ward");
			return this.drafts.put(new org.candour.config.DraftDocument("report", "broken-report", content));
		});

		ResidentBrowser.Page preview = browser.get(report + "/preview");

		assertThat(preview.status()).isEqualTo(422);
		assertThat(preview.html()).contains("href=\"#report-problems\"", "No form of this report has a field data.ward")
			.doesNotContain("id=\"report\"");
	}

	private String createComplaintsByTeam(ResidentBrowser browser) {
		String report = createReport(browser, "Complaints by team");
		ResidentBrowser.Page page = browser.get(report);
		ResidentBrowser.Page saved = browser.post(report, "hash", hash(page.html()), "title", "Complaints by team",
				"feedbackTypes", "complaint-stage-1", "period", "financial-year", "schedule", "monthly", "scheduleDay",
				"2", "scheduleHour", "7", "layout", "table", "outputs", "html", "outputs", "csv");
		assertThat(saved.path()).isEqualTo(report);
		ResidentBrowser.Page team = browser.post(report + "/dimensions/new", "hash", hash(browser.get(report).html()),
				"label", "Team", "field", "orgUnit", "orgStructure", "current");
		assertThat(team.path()).isEqualTo(report);
		ResidentBrowser.Page figure = browser.post(report + "/measures/new", "hash", hash(browser.get(report).html()),
				"label", "% responded on time", "type", "percentage", "whereMatch", "ALL", "whereField",
				"clocks.respond.status", "whereOperator", "IS", "whereValues", "met", "whereField", "", "whereOperator",
				"IS", "whereValues", "", "denominatorMatch", "ALL", "denominatorField", "clocks.respond.status",
				"denominatorOperator", "IS_ONE_OF", "denominatorValues", "met, breached", "denominatorField", "",
				"denominatorOperator", "IS", "denominatorValues", "", "target", "90");
		assertThat(figure.status()).isEqualTo(200);
		assertThat(figure.path()).isEqualTo(report);
		return report;
	}

	private String createReport(ResidentBrowser browser, String title) {
		browser.get(this.reports + "/new");
		ResidentBrowser.Page created = browser.post(this.reports + "/new", "title", title);
		assertThat(created.status()).isEqualTo(200);
		return created.path();
	}

	/** The table row of the preview whose first cell holds {@code label}. */
	private static String row(String html, String label) {
		Matcher row = Pattern
			.compile("<tr[^>]*>\\s*<t[hd][^>]*>[^<]*" + Pattern.quote(label) + "[^<]*</t[hd]>.*?</tr>", Pattern.DOTALL)
			.matcher(html);
		assertThat(row.find()).as("a row for " + label + " in\n" + html).isTrue();
		return row.group();
	}

	private static String hash(String html) {
		Matcher hash = Pattern.compile("name=\"hash\" value=\"([^\"]*)\"").matcher(html);
		assertThat(hash.find()).as("the page carries the document's hash").isTrue();
		return hash.group(1);
	}

	private ResidentBrowser signedIn(String user) {
		return this.tenant.signedIn(this.port, user);
	}

}
