package org.candour.web;

import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.candour.CandourApplication;
import org.candour.security.Memberships;
import org.candour.tenancy.TenantContext;
import org.candour.tenancy.TenantManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A tenant's officer signs in through the embedded authorization server, with the
 * keyboard, and comes back to Candour signed in.
 */
@SpringBootTest(classes = CandourApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "candour.mongodb.embedded.backend=memory", "candour.demo.enabled=false" })
@ExtendWith(Browsers.class)
class SignInBrowserTests {

	static final String TENANT = "demo-county";

	static final String OFFICER = "officer@demo-county";

	@Autowired
	TenantManagement tenants;

	@Autowired
	Memberships memberships;

	@Autowired
	JsonMapper json;

	@BeforeEach
	void demoCountyWithAnOfficer() {
		if (this.tenants.find(TENANT).isEmpty()) {
			this.tenants.create(this.json.readTree(
					"""
							{"id":"demo-county","name":"Demo County Council","kind":"council","division":"england-and-wales"}"""));
		}
		TenantContext.runAs(this.tenants.get(TENANT).asCurrent(),
				() -> this.memberships.put(OFFICER, List.of("OFFICER"), List.of(), "sign-in browser tests"));
	}

	@Test
	void signsAnOfficerInWithTheKeyboard(Page page, Browsers.Screenshots screenshots) {
		page.navigate("/t/" + TENANT + "/login");
		assertThat(page).hasURL(Pattern.compile("/login$"));
		screenshots.save(page, "sign-in");
		page.getByLabel("Username").pressSequentially(OFFICER);
		page.getByLabel("Password").pressSequentially("demo-password");
		page.keyboard().press("Enter");
		assertThat(page).hasURL(Pattern.compile("/$"));
		assertThat(page.getByText("Signed in as " + OFFICER)).isVisible();
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "signed-in");
	}

	@Test
	void signsTheOfficerOutAgain(Page page) {
		page.navigate("/t/" + TENANT + "/login");
		page.getByLabel("Username").fill(OFFICER);
		page.getByLabel("Password").fill("demo-password");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
		assertThat(page).hasURL(Pattern.compile("/$"));
		assertThat(page.getByText("Signed in as")).not().isAttached();
	}

	@Test
	void aTamperedSignInFormIsRefusedWithAnAccessiblePage(Page page) {
		page.navigate("/t/" + TENANT + "/login");
		// the mask and a masked token that unmasks to bytes 0xFF, which are not UTF-8
		String tampered = "A".repeat(48) + "_".repeat(48);
		page.locator("input[name=_csrf]").evaluate("(input, value) => input.value = value", tampered);
		page.getByLabel("Username").fill(OFFICER);
		page.getByLabel("Password").fill("demo-password");
		com.microsoft.playwright.Response refused = page.waitForResponse(
				response -> response.url().endsWith("/login") && "POST".equals(response.request().method()),
				() -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click());
		org.assertj.core.api.Assertions.assertThat(refused.status()).isEqualTo(403);
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("You cannot do this")))
			.isVisible();
		assertThat(page.getByText("Signed in as")).not().isAttached();
		Accessibility.assertNoViolations(page);
	}

	@Test
	void reportsAccessibilityViolationsOfTheSignInPage(Page page) {
		page.navigate("/t/" + TENANT + "/login");
		List<String> violations = Accessibility.violations(page);
		System.out.println("axe on the sign-in page: " + (violations.isEmpty() ? "no violations" : violations));
	}

}
