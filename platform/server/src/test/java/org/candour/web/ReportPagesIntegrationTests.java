package org.candour.web;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.candour.reports.InterruptedRuns;
import org.candour.reports.QueuedRuns;
import org.candour.reports.ReportRun;
import org.candour.reports.ReportRuns;
import org.candour.tenancy.TenantContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report pages on the county council pack, driven over HTTP like a browser without
 * JavaScript: the list, the run form and its errors, a run's figures with drill-down
 * links, downloads (only those the report lists) and history, publishing, a failed run
 * restarted, and who may see what.
 */
@CandourWebTest
class ReportPagesIntegrationTests {

	private static final String REPORTS = "/t/" + ReportsFixture.TENANT + "/reports";

	private static final Pattern RUN_PAGE = Pattern.compile(REPORTS + "/runs/([0-9a-f-]{36})$");

	@LocalServerPort
	int port;

	@Autowired
	ReportsFixture county;

	@Autowired
	InterruptedRuns interruptions;

	@Autowired
	ReportRuns runs;

	@Autowired
	QueuedRuns queued;

	String word;

	@BeforeEach
	void countyCouncil() {
		this.county.county();
		this.word = "w" + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void listsTheReportsForManagersAndOnlyPublishedOnesForOfficers() {
		ResidentBrowser.Page list = signedIn(ReportsFixture.MANAGER).get(REPORTS);
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.html()).contains("<title>Reports – ", "Backlog position by directorate and type",
				"href=\"" + REPORTS + "/backlog-position/run\"", "Financial year (April to March)", ">Dashboard</a>",
				">Reports</a>");
		assertThat(list.html()).doesNotContain("style=", "<script>");
		ResidentBrowser.Page officers = signedIn(ReportsFixture.OFFICER).get(REPORTS);
		assertThat(officers.status()).isEqualTo(200);
		assertThat(officers.html()).doesNotContain("/run\"", ">Dashboard</a>");
	}

	@Test
	void aManagerRunsAReportAndSeesItsFiguresWithDrillDownLinksDownloadsAndHistory() {
		this.county.complaint("highways", this.word);
		ResidentBrowser browser = signedIn(ReportsFixture.MANAGER);
		ResidentBrowser.Page form = browser.get(REPORTS + "/backlog-position/run");
		assertThat(form.html()).contains("This financial year", "Last quarter", "Another period",
				"value=\"all-time\" aria-describedby=\"period-all-time-hint\" checked", "This financial year",
				"value=\"at-the-time\" aria-describedby=\"structure-at-the-time-hint\" checked",
				"Today&#39;s structure");

		ResidentBrowser.Page run = browser.post(REPORTS + "/backlog-position/run", "period", "this-financial-year",
				"structure", "current");
		Matcher runPage = RUN_PAGE.matcher(run.path());
		assertThat(runPage.matches()).as(run.path()).isTrue();
		String runId = runPage.group(1);
		assertThat(run.html()).contains("Backlog position by directorate and type", "Completed", "Corporate Core",
				"Total", "Download CSV", "href=\"" + REPORTS + "/runs/" + runId + "/output.xlsx\"", "Publish this run",
				"Run history", "Today&#39;s structure", "by " + ReportsFixture.MANAGER);
		assertThat(run.html()).contains("href=\"" + REPORTS + "/runs/" + runId + "/cases?row=0&amp;measure=total\"",
				"href=\"" + REPORTS + "/runs/" + runId + "/cases?row=total&amp;measure=total\"");
		assertThat(run.html()).doesNotContain("http-equiv=\"refresh\"");

		ResidentBrowser.Page csv = browser.get(REPORTS + "/runs/" + runId + "/output.csv");
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.html()).startsWith("Service area (directorate),Type,Total").contains("Corporate Core & Place");
		assertThat(browser.get(REPORTS + "/runs/" + runId + "/output.doc").status()).isEqualTo(404);
	}

	@Test
	void aRunOffersOnlyTheDownloadsItsReportListsAndShowsAnUnlistedOneAsNotFound() {
		this.county.complaint("highways", this.word);
		ResidentBrowser browser = signedIn(ReportsFixture.MANAGER);
		String runId = start(browser, "backlog-position");

		ResidentBrowser.Page run = browser.get(REPORTS + "/runs/" + runId);
		assertThat(run.html()).as("the county's backlog report lists html, csv and xlsx")
			.contains("id=\"download-html\"", "id=\"download-csv\"", "id=\"download-xlsx\"", "Corporate Core")
			.doesNotContain("id=\"download-pdf\"", "/output.pdf");
		ResidentBrowser.Page pdf = browser.get(REPORTS + "/runs/" + runId + "/output.pdf");
		assertThat(pdf.status()).isEqualTo(404);
		assertThat(pdf.html()).contains("govuk-heading-l").doesNotContain("Whitelabel", "\"status\"", "%PDF");
		assertThat(browser.get(REPORTS + "/runs/" + runId + "/output.xlsx").status()).isEqualTo(200);
	}

	@Test
	void refusesAnImpossibleCustomPeriodAndStartsNothing() {
		ResidentBrowser browser = signedIn(ReportsFixture.MANAGER);
		int runs = history(browser).size();
		ResidentBrowser.Page refused = browser.post(REPORTS + "/backlog-position/run", "period", "custom", "from-day",
				"31", "from-month", "2", "from-year", "2026", "to-day", "1", "to-month", "3", "to-year", "2026");
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.html()).contains("<title>Error: ", "govuk-form-group--error", "value=\"31\"");
		assertThat(refused.errorSummary()).contains("The first day must be a real date", "href=\"#from-day\"");
		ResidentBrowser.Page reversed = browser.post(REPORTS + "/backlog-position/run", "period", "custom", "from-day",
				"1", "from-month", "3", "from-year", "2026", "to-day", "28", "to-month", "2", "to-year", "2026");
		assertThat(reversed.errorSummary()).contains("The last day must be the same as or after the first day");
		ResidentBrowser.Page none = browser.post(REPORTS + "/backlog-position/run", "structure", "current");
		assertThat(none.errorSummary()).contains("Select the period to count");
		assertThat(history(browser)).as("nothing started").hasSize(runs);
	}

	@Test
	void aManagerPublishesARunAndOfficersReadOnlyThePublishedSnapshot() {
		this.county.complaint("highways", this.word);
		ResidentBrowser manager = signedIn(ReportsFixture.MANAGER);
		String runId = start(manager, "complaints-responded-within-timescale");
		ResidentBrowser.Page auditors = signedIn(ReportsFixture.AUDITOR).get(REPORTS + "/runs/" + runId);
		assertThat(auditors.html()).as("only managers publish").doesNotContain("Publish this run");

		ResidentBrowser.Page published = manager.post(REPORTS + "/runs/" + runId + "/publish");
		assertThat(published.path()).isEqualTo(REPORTS + "/runs/" + runId);
		assertThat(published.html())
			.contains("govuk-notification-banner--success", "The run has been published", "See the published snapshot")
			.doesNotContain("Publish this run");

		ResidentBrowser officer = signedIn(ReportsFixture.OFFICER);
		assertThat(officer.get(REPORTS).html()).contains("Corporate complaints responded to within timescale",
				"href=\"" + REPORTS + "/complaints-responded-within-timescale/published\"");
		ResidentBrowser.Page snapshots = officer.get(REPORTS + "/complaints-responded-within-timescale/published");
		assertThat(snapshots.html()).contains("href=\"" + REPORTS + "/published/" + runId + "\"",
				ReportsFixture.MANAGER);
		ResidentBrowser.Page snapshot = officer.get(REPORTS + "/published/" + runId);
		assertThat(snapshot.status()).isEqualTo(200);
		assertThat(snapshot.html())
			.contains("Published by " + ReportsFixture.MANAGER,
					"href=\"" + REPORTS + "/runs/" + runId + "/output.xlsx?published=true\"")
			.as("the report lists html, csv and xlsx")
			.doesNotContain("/output.pdf");
		assertThat(officer.get(REPORTS + "/runs/" + runId + "/output.csv").status()).isEqualTo(200);
		assertThat(officer.get(REPORTS + "/runs/" + runId + "/output.pdf").status()).isEqualTo(404);
		assertThat(officer.get(REPORTS + "/runs/" + runId).status()).as("officers read snapshots only").isEqualTo(403);
		assertThat(officer.post(REPORTS + "/runs/" + runId + "/publish").status()).isEqualTo(403);
	}

	@Test
	void aFailedRunSaysWhyAndAManagerRestartsIt() {
		this.county.complaint("highways", this.word);
		ResidentBrowser manager = signedIn(ReportsFixture.MANAGER);
		this.interruptions.interruptAfterCounting("complaint-stage-1");
		String runId = start(manager, "backlog-position");
		ResidentBrowser.Page failed = manager.get(REPORTS + "/runs/" + runId);
		assertThat(failed.html())
			.contains("Failed", "The report could not be counted", "Injected crash", "Restart the run")
			.doesNotContain("Download CSV");
		assertThat(manager.get(REPORTS + "/runs/" + runId + "/output.csv").status()).as("not finished").isEqualTo(409);

		ResidentBrowser.Page restarted = manager.post(REPORTS + "/runs/" + runId + "/restart");
		assertThat(restarted.path()).isEqualTo(REPORTS + "/runs/" + runId);
		assertThat(restarted.html()).contains("The run has been restarted", "Completed", "Download CSV");
	}

	@Test
	void aRunWaitingToStartShowsItsProgressAndRefreshesItself() {
		String runId = TenantContext.callAs(this.county.county(), () -> this.queued.queued("backlog-position",
				ReportsFixture.MANAGER, java.time.Instant.parse("2026-04-01T09:00:00Z")));
		ResidentBrowser manager = signedIn(ReportsFixture.MANAGER);
		ResidentBrowser.Page waiting = manager.get(REPORTS + "/runs/" + runId);
		assertThat(waiting.html())
			.contains("Waiting to start", "The report is being counted", "<meta http-equiv=\"refresh\" content=\"5\">",
					"href=\"" + REPORTS + "/runs/" + runId + "\"")
			.doesNotContain("Download CSV", "Publish this run", "Restart the run");
		assertThat(manager.get(REPORTS + "/runs/" + runId + "/output.csv").status()).isEqualTo(409);
	}

	@Test
	void anUnknownRunIsNotFoundAndTheDashboardIsForManagers() {
		ResidentBrowser manager = signedIn(ReportsFixture.MANAGER);
		ResidentBrowser.Page unknown = manager.get(REPORTS + "/runs/" + UUID.randomUUID());
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.html()).contains("govuk-heading-l").doesNotContain("Whitelabel", "\"status\"");
		assertThat(manager.get(REPORTS + "/no-such-report/run").status()).isEqualTo(404);
		assertThat(signedIn(ReportsFixture.OFFICER).get("/t/" + ReportsFixture.TENANT + "/dashboard").status())
			.isEqualTo(403);
	}

	private String start(ResidentBrowser browser, String reportId) {
		ResidentBrowser.Page run = browser.post(REPORTS + "/" + reportId + "/run", "period", "this-financial-year",
				"structure", "at-the-time");
		Matcher runPage = RUN_PAGE.matcher(run.path());
		assertThat(runPage.matches()).as(run.path()).isTrue();
		return runPage.group(1);
	}

	private List<ReportRun> history(ResidentBrowser browser) {
		return TenantContext.callAs(this.county.county(), () -> this.runs.history("backlog-position"));
	}

	private ResidentBrowser signedIn(String user) {
		ResidentBrowser browser = new ResidentBrowser(this.port);
		browser.get("/t/" + ReportsFixture.TENANT + "/login");
		ResidentBrowser.Page landed = browser.post("/login", "username", user, "password", OfficerSignIn.PASSWORD);
		assertThat(landed.path()).isNotEqualTo("/login");
		return browser;
	}

}
