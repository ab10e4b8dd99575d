package org.candour.web;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A manager of the county council runs the backlog position in Chromium: the run form
 * (with a refused period), the figures with their drill-down links, the CSV and XLSX
 * downloads (the workbook opened with POI), publishing, and the dashboard; and the base
 * pack's service standards report (a source other than the cases: no structure to choose,
 * no drill-down); axe finds nothing on any of these pages.
 */
@CandourWebTest
@ExtendWith(Browsers.class)
class ReportsBrowserTests {

	private static final String REPORTS = "/t/" + ReportsFixture.TENANT + "/reports";

	@Autowired
	ReportsFixture county;

	@Test
	void aManagerRunsTheBacklogPositionDownloadsItAndOpensTheDashboard(Page page, Browsers.Screenshots screenshots)
			throws Exception {
		String word = "w" + UUID.randomUUID().toString().substring(0, 8);
		this.county.complaint("highways", word);
		this.county.complaint("highways", word);
		OfficerSignIn.as(page, ReportsFixture.TENANT, ReportsFixture.MANAGER);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Reports").setExact(true)).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Reports");
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "1-list");

		page.locator("#report-backlog-position a[href$='/backlog-position/run']").click();
		page.getByLabel("Another period").check();
		page.locator("#from-day").fill("31");
		page.locator("#from-month").fill("2");
		page.locator("#from-year").fill("2026");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Run the report")).click();
		assertThat(page.locator(".govuk-error-summary")).containsText("The first day must be a real date");
		assertThat(page).hasTitle(Pattern.compile("^Error: "));
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "2-form-error");

		page.getByLabel("This financial year").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Run the report")).click();
		assertThat(page).hasURL(Pattern.compile(REPORTS + "/runs/[0-9a-f-]{36}$"));
		assertThat(page.locator("#run-status")).hasText("Completed");
		assertThat(page.locator("#report table")).containsText("Unallocated or not started");
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "3-run");
		String runPath = page.url().substring(page.url().indexOf(REPORTS));

		Download csv = page.waitForDownload(() -> page.locator("#download-csv").click());
		String text = Files.readString(csv.path(), StandardCharsets.UTF_8);
		org.assertj.core.api.Assertions.assertThat(csv.suggestedFilename()).matches("backlog-position-.*\\.csv");
		org.assertj.core.api.Assertions.assertThat(text)
			.startsWith("Service area (directorate),Type,Total")
			.contains("Corporate Core & Place");
		Download xlsx = page.waitForDownload(() -> page.locator("#download-xlsx").click());
		try (Workbook workbook = new XSSFWorkbook(Files.newInputStream(xlsx.path()))) {
			Sheet sheet = workbook.getSheetAt(0);
			org.assertj.core.api.Assertions.assertThat(cells(sheet))
				.contains("Service area (directorate)", "Type", "Total", "Corporate Core & Place");
		}

		String drillDown = page.locator("#report tbody a").first().getAttribute("href");
		org.assertj.core.api.Assertions.assertThat(drillDown)
			.matches(Pattern.quote(runPath) + "/cases\\?row=\\d+&measure=[a-z-]+");
		page.locator("#report tbody a").first().click();
		assertThat(page).hasURL(Pattern.compile(runPath + "/cases\\?row=\\d+&measure="));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).isVisible();
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "3-drill-down");
		page.goBack();

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish this run")).click();
		assertThat(page.locator(".govuk-notification-banner")).containsText("The run has been published");
		Accessibility.assertNoViolations(page);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("See the published snapshot")).click();
		assertThat(page.locator("#published-notice")).containsText("Published by " + ReportsFixture.MANAGER);
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "4-published");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Dashboard").setExact(true)).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Manager dashboard");
		assertThat(page.locator("svg[role=img]").first()).isVisible();
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "5-dashboard");
		page.locator("#figure-breached a").click();
		assertThat(page).hasURL(Pattern.compile("/work\\?queue=breached$"));
	}

	@Test
	void aManagerRunsTheServiceStandardsReportOfTheBasePack(Page page, Browsers.Screenshots screenshots) {
		this.county.complaint("highways", "Standards " + UUID.randomUUID().toString().substring(0, 8));
		OfficerSignIn.as(page, ReportsFixture.TENANT, ReportsFixture.MANAGER);
		page.navigate(REPORTS);

		page.locator("#report-service-standards-summary a[href$='/service-standards-summary/run']").click();
		assertThat(page.locator("#period-hint")).containsText("Each service standard is counted over its own period");
		assertThat(page.locator("#structure")).hasCount(0);
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "standards-1-form");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Run the report")).click();
		assertThat(page).hasURL(Pattern.compile(REPORTS + "/runs/[0-9a-f-]{36}$"));
		assertThat(page.locator("#run-status")).hasText("Completed");
		assertThat(page.locator("#report table")).containsText("Caseload of at least 20 per officer");
		assertThat(page.locator("#report table")).containsText("All teams");
		assertThat(page.locator("#report tbody a")).hasCount(0);
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "standards-2-run");
	}

	private static java.util.List<String> cells(Sheet sheet) {
		java.util.List<String> cells = new java.util.ArrayList<>();
		sheet.forEach(row -> row.forEach(cell -> cells.add(cell.toString())));
		return cells;
	}

}
