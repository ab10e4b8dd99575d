package org.candour.web;

import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.candour.packs.PackDeployment;
import org.candour.security.Memberships;
import org.candour.tenancy.TenantContext;
import org.candour.tenancy.TenantManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The landing page in a real browser: GOV.UK styled, accessible, usable without scripts,
 * and naming the platform's tenants to platform administrators only.
 */
@CandourWebTest
@ExtendWith(Browsers.class)
class LandingPageBrowserTests {

	static final String TENANT = "demo-county";

	@Autowired
	TenantManagement tenants;

	@Autowired
	PackDeployment deployment;

	@Autowired
	Memberships memberships;

	/** The tenant's name, as the landing page would list it. */
	String name;

	/** Deployed from its pack, as the other web tests that share the tenant find it. */
	@BeforeEach
	void demoCountyWithAnOfficer() {
		if (this.tenants.find(TENANT).isEmpty()) {
			this.deployment.deployShipped(TENANT, "county-council", true);
		}
		this.name = this.tenants.get(TENANT).name();
		TenantContext.runAs(this.tenants.get(TENANT).asCurrent(), () -> this.memberships.put("officer@demo-county",
				List.of("OFFICER"), List.of(), "landing page browser tests"));
	}

	@Test
	void doesNotListTheTenantsToAnonymousVisitors(Page page) {
		page.navigate("/");
		assertThat(page.locator("main")).containsText("Use the link on your council");
		assertThat(page.locator("main")).not().containsText(this.name);
		assertThat(page.locator("main")).not().containsText(TENANT);
		assertThat(page.locator("#tenants")).not().isAttached();
		Accessibility.assertNoViolations(page);
	}

	@Test
	void listsTheTenantsToASignedInPlatformAdministrator(Page page) {
		OfficerSignIn.as(page, TENANT, "admin@candour");
		page.navigate("/");
		assertThat(page.locator("#tenants")).containsText(this.name);
		Accessibility.assertNoViolations(page);
	}

	@Test
	void doesNotListTheTenantsToOtherStaff(Page page) {
		OfficerSignIn.as(page, TENANT, "officer@demo-county");
		page.navigate("/");
		assertThat(page.getByText("Signed in as")).isVisible();
		assertThat(page.locator("#tenants")).not().isAttached();
	}

	@Test
	void isStyledWithTheGovUkFrontendStylesheet(Page page, Browsers.Screenshots screenshots) {
		page.navigate("/");
		assertThat(page.locator(".govuk-header")).hasCSS("background-color", "rgb(11, 12, 12)");
		assertThat(page.locator("h1")).hasCSS("font-family", Pattern.compile("GDS Transport"));
		screenshots.save(page, "landing");
	}

	@Test
	void hasNoAccessibilityViolations(Page page) {
		page.navigate("/");
		Accessibility.assertNoViolations(page);
	}

	@Test
	void worksWithoutJavaScript(@WithoutJavaScript Page page, Browsers.Screenshots screenshots) {
		page.navigate("/");
		assertThat(page.getByRole(AriaRole.HEADING,
				new Page.GetByRoleOptions().setName("Feedback and complaints").setLevel(1)))
			.isVisible();
		assertThat(page.locator(".govuk-header")).hasCSS("background-color", "rgb(11, 12, 12)");
		screenshots.save(page, "landing-without-javascript");
	}

	@Test
	void letsKeyboardUsersSkipToTheMainContentFirst(Page page) {
		page.navigate("/");
		page.keyboard().press("Tab");
		assertThat(page.locator(":focus")).hasText("Skip to main content");
		page.keyboard().press("Enter");
		assertThat(page).hasURL(Pattern.compile("#main-content$"));
	}

}
