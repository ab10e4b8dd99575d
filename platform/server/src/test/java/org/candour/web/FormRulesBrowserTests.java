package org.candour.web;

import java.nio.file.Path;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.candour.packs.PackDeployment;
import org.candour.tenancy.TenantManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.candour.web.FormRulesTenant.FORM;

/**
 * A resident goes through a form with a group, help, a page shown only for urgent
 * problems and a visually hidden label ({@link FormRulesTenant}) in Chromium: every page,
 * the error state included, passes axe; the help opens from its summary, without
 * JavaScript too; the hidden label still names its input.
 */
@CandourWebTest
@ExtendWith(Browsers.class)
class FormRulesBrowserTests {

	@Autowired
	PackDeployment deployment;

	@Autowired
	TenantManagement tenants;

	@BeforeEach
	void deploy(@TempDir Path pack) {
		FormRulesTenant.deploy(this.deployment, this.tenants, pack);
	}

	@Test
	void anUrgentProblemIsReportedThroughAccessiblePages(Page page) {
		page.navigate(FORM);
		page.navigate(FORM + "/page/1");
		Accessibility.assertNoViolations(page);
		continueOn(page);
		assertThat(page.locator(".govuk-error-summary")).containsText("What is the problem?");
		Accessibility.assertNoViolations(page);

		assertThat(page.getByText("Name the street and what is wrong.")).not().isVisible();
		page.getByText("Help with this question").click();
		assertThat(page.getByText("Name the street and what is wrong.")).isVisible();
		assertThat(page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("About the problem")))
			.isVisible();
		page.getByLabel("What is the problem?").fill("Street light out");
		page.getByLabel("Yes").check();
		continueOn(page);
		page.getByLabel("Address line 1").fill("1 High Street");
		page.getByLabel("Postcode").fill("CF10 1AA");
		continueOn(page);

		assertThat(page.locator("h1")).hasText("Why it is urgent");
		assertThat(page.getByText("Problems in Cardiff are passed to the city council.")).isVisible();
		page.getByLabel("Why is it urgent? (optional)").fill("Dark crossing");
		Accessibility.assertNoViolations(page);
		continueOn(page);

		assertThat(page.locator("h1")).hasText("Check your answers before sending");
		assertThat(page.locator("#progress")).hasText("Step 4 of 4");
		Accessibility.assertNoViolations(page);
	}

	@Test
	void theHelpOpensWithoutJavaScript(@WithoutJavaScript Page page) {
		page.navigate(FORM);
		page.navigate(FORM + "/page/1");
		page.getByText("Help with this question").click();
		assertThat(page.getByText("Name the street and what is wrong.")).isVisible();
	}

	private static void continueOn(Page page) {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
	}

}
