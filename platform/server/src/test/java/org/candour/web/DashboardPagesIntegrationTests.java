package org.candour.web;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The manager dashboard on the county council pack: every section with its chart (an SVG
 * with a title and a description) beside its table, figures about open cases linking to
 * the queue with the queue's own filters, and who may see it.
 */
@CandourWebTest
class DashboardPagesIntegrationTests {

	private static final String DASHBOARD = "/t/" + ReportsFixture.TENANT + "/dashboard";

	private static final String WORK = "/t/" + ReportsFixture.TENANT + "/work";

	@LocalServerPort
	int port;

	@Autowired
	ReportsFixture county;

	@Test
	void showsEachFigureWithItsChartAndTableAndLinksOpenCasesToTheQueue() {
		String reference = this.county.complaint("highways", "w" + UUID.randomUUID().toString().substring(0, 8));
		ResidentBrowser.Page page = signedIn(ReportsFixture.MANAGER).get(DASHBOARD);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html()).contains("<title>Dashboard – ", "Manager dashboard", "Cases that need attention",
				"Open cases by stage and state", "Received and closed in the last 12 months",
				"Responded to within timescale this quarter", "Caseload per officer", "Oldest open cases",
				"aria-current=\"page\">Dashboard</a>");
		assertThat(page.html()).contains("href=\"" + WORK + "?queue=breached\"", "href=\"" + WORK + "?queue=due-soon\"",
				"href=\"" + WORK + "?queue=all-open&amp;type=complaint-stage-1&amp;state=");
		assertThat(page.html()).as("each chart is an image with a title and a description")
			.contains("<svg", "role=\"img\"", "<title id=\"chart-dashboard-open-open-title\">",
					"<desc id=\"chart-dashboard-received-received-desc\">Horizontal bar chart of Received");
		assertThat(page.html()).as("the target comes from the report that sets one")
			.contains("85.0%", "Corporate complaints responded to within timescale");
		assertThat(page.html()).as("no queue lists the cases with no officer: no link")
			.contains("No officer assigned")
			.doesNotContain("assignee=&amp;");
		assertThat(page.html()).contains("/t/" + ReportsFixture.TENANT + "/cases/");
		assertThat(reference).isNotBlank();
		assertThat(page.html()).doesNotContain("style=\"", "<script>");
	}

	@Test
	void isForManagersAuditorsAndTenantAdministratorsOnly() {
		assertThat(signedIn(ReportsFixture.AUDITOR).get(DASHBOARD).status()).isEqualTo(200);
		ResidentBrowser.Page admins = signedIn(ReportsFixture.TENANT_ADMIN).get(DASHBOARD);
		assertThat(admins.status()).isEqualTo(200);
		assertThat(admins.html()).as("the queues are not open to tenant administrators: no links to them")
			.doesNotContain("href=\"" + WORK + "?queue=");
		assertThat(signedIn(ReportsFixture.OFFICER).get(DASHBOARD).status()).isEqualTo(403);
	}

	private ResidentBrowser signedIn(String user) {
		ResidentBrowser browser = new ResidentBrowser(this.port);
		browser.get("/t/" + ReportsFixture.TENANT + "/login");
		ResidentBrowser.Page landed = browser.post("/login", "username", user, "password", OfficerSignIn.PASSWORD);
		assertThat(landed.path()).isNotEqualTo("/login");
		return browser;
	}

}
