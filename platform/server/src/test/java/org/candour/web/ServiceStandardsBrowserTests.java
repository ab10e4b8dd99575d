package org.candour.web;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Issue 16's acceptance for service standards: the manager dashboard shows the base
 * pack's standards with their targets, figures and whether they are met, each linked to
 * its drill-down, which lists the cases (or officers) behind the figure; a team the org
 * structure does not have is explained in the error summary, an unknown standard is the
 * not-found page. axe-core finds no violations on any of them.
 */
@CandourWebTest
@ExtendWith(Browsers.class)
class ServiceStandardsBrowserTests {

	private static final String TENANT = CaseworkFixture.TENANT;

	@Autowired
	CaseworkFixtures fixtures;

	@Test
	void theDashboardShowsEachStandardAgainstItsTargetWithItsCasesAndBreaches(Page page,
			Browsers.Screenshots screenshots) {
		CaseworkFixture cases = this.fixtures.fixture();
		String reference = cases.allocatedComplaint("Service standards: missed bins");

		OfficerSignIn.as(page, TENANT, CaseworkFixture.MANAGER);
		page.navigate("/t/" + TENANT + "/dashboard");
		Locator standards = page.locator("#standards");
		assertThat(standards.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setLevel(2)))
			.hasText("Service standards");
		assertThat(standards).containsText("Closed or passed on within 20 working days of allocation");
		assertThat(standards).containsText("Target: at least 75.0%");
		assertThat(standards).containsText("No case older than 8 weeks");
		assertThat(standards).containsText("Target: at most 0 cases");
		assertThat(standards).containsText("Caseload of at least 20 per officer");
		assertThat(standards).containsText("Target: at least 20.0 cases per officer");
		assertThat(page.locator("#standard-caseload-per-officer tbody tr").first()).containsText("All cases");
		assertThat(page.locator("#standard-caseload-per-officer .govuk-tag").first())
			.hasText(Pattern.compile("Met|Not met"));
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "1-dashboard");

		page.locator("#standard-no-case-older-than-8-weeks tbody tr").first().locator("td a").first().click();
		assertThat(page).hasURL(Pattern.compile("/service-standards/no-case-older-than-8-weeks$"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("No case older than 8 weeks");
		assertThat(page.locator("#case-" + reference)).containsText("Met");
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "2-drill-down");

		page.navigate("/t/" + TENANT + "/service-standards/caseload-per-officer");
		assertThat(page.locator("#standard-officers")).containsText(CaseworkFixture.OFFICER);
		page.getByLabel("Show").selectOption("breaches");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show")).click();
		assertThat(page).hasURL(Pattern.compile("show=breaches"));
		assertThat(page.locator("#standard-officers .govuk-tag--green")).hasCount(0);
		assertThat(page.locator("#standard-officers, #no-officers")).hasCount(1);
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "3-breaches");

		page.navigate("/t/" + TENANT + "/service-standards/no-case-older-than-8-weeks?team=nowhere");
		assertThat(page.locator(".govuk-error-summary")).containsText("There is no team called nowhere");
		assertThat(page.locator("#case-" + reference)).isVisible();
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "4-unknown-team");

		page.navigate("/t/" + TENANT + "/service-standards/nothing-like-it");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText(Pattern.compile("not found", Pattern.CASE_INSENSITIVE));
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "5-unknown-standard");
	}

}
