package org.candour.web;

import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.candour.packs.PackDeployment;
import org.candour.tenancy.TenantManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Refused page requests render GOV.UK error pages (a title, the page's language, what to
 * do next, the council's branding where the council exists) that pass axe, never a
 * problem document.
 */
@CandourWebTest
@ExtendWith(Browsers.class)
class ErrorPagesBrowserTests {

	static final String TENANT = CaseworkFixture.TENANT;

	static final String COUNCIL = "Riverside Unitary Council";

	@Autowired
	CaseworkFixtures fixtures;

	@Autowired
	TenantManagement tenants;

	@Autowired
	PackDeployment deployment;

	@BeforeEach
	void unitaryCouncil() {
		this.fixtures.fixture();
	}

	@Test
	void aWrongFeedbackTypeIsAPageNotFoundInTheCouncilsBranding(Page page, Browsers.Screenshots screenshots) {
		Response response = page.navigate("/t/" + TENANT + "/feedback/no-such-type");
		assertErrorPage(page, response, 404, "Page not found", COUNCIL, "en");
		assertThat(page.locator(".govuk-header")).containsText(COUNCIL);
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Go to the start page")))
			.hasAttribute("href", "/t/" + TENANT + "/feedback");
		screenshots.save(page, "wrong-feedback-type");
	}

	@Test
	void anUnknownCouncilIsAPlainPageNotFound(Page page, Browsers.Screenshots screenshots) {
		Response response = page.navigate("/t/no-such-council/feedback");
		assertErrorPage(page, response, 404, "Page not found", "Candour", "en");
		screenshots.save(page, "unknown-tenant");
	}

	@Test
	void aPageNumberPastTheEndIsAPageNotFound(Page page) {
		Response response = page.navigate("/t/" + TENANT + "/feedback/contact/page/99");
		assertErrorPage(page, response, 404, "Page not found", COUNCIL, "en");
	}

	@Test
	void aForbiddenPageSaysTheOfficerHasNoAccess(Page page, Browsers.Screenshots screenshots) {
		OfficerSignIn.as(page, TENANT, "auditor@" + TENANT);
		Response response = page.navigate("/t/" + TENANT + "/cases/new");
		assertErrorPage(page, response, 403, "You do not have access to this page", COUNCIL, "en");
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Go to your casework queues")))
			.hasAttribute("href", "/t/" + TENANT + "/work");
		screenshots.save(page, "forbidden");
	}

	@Test
	void aCouncilsErrorPagesAreInTheReadersLanguage(Page page, Browsers.Screenshots screenshots) {
		if (this.tenants.find("demo-ombudsman").isEmpty()) {
			this.deployment.deployShipped("demo-ombudsman", "ombudsman-customer-care", true);
		}
		page.navigate("/t/demo-ombudsman/feedback?lang=cy");
		Response response = page.navigate("/t/demo-ombudsman/feedback/no-such-type");
		assertThat(response.status()).isEqualTo(404);
		assertThat(page.locator("html")).hasAttribute("lang", "cy");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Heb ddod o hyd i’r dudalen");
		assertThat(page).hasTitle(Pattern.compile("^Heb ddod o hyd i’r dudalen – "));
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "welsh");
	}

	private static void assertErrorPage(Page page, Response response, int status, String title, String site,
			String lang) {
		assertThat(response.status()).isEqualTo(status);
		assertThat(response.headerValue("content-type")).startsWith("text/html");
		assertThat(page).hasTitle(title + " – " + site);
		assertThat(page.locator("html")).hasAttribute("lang", lang);
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(title);
		Accessibility.assertNoViolations(page);
	}

}
