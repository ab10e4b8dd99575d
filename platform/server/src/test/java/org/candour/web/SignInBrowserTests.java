package org.candour.web;

import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Staff sign in through the embedded authorization server on a GOV.UK sign-in page in
 * their council's branding, are told plainly when the password is wrong, and land where
 * they were going, or where their role works.
 */
@CandourWebTest
@ExtendWith(Browsers.class)
class SignInBrowserTests {

	static final String TENANT = CaseworkFixture.TENANT;

	static final String COUNCIL = "Riverside Unitary Council";

	@Autowired
	CaseworkFixtures fixtures;

	CaseworkFixture casework;

	@BeforeEach
	void unitaryCouncil() {
		this.casework = this.fixtures.fixture();
	}

	@Test
	void theSignInPageIsGovUkStyledInTheCouncilsBranding(Page page, Browsers.Screenshots screenshots) {
		page.navigate("/t/" + TENANT + "/login");
		assertThat(page).hasURL(Pattern.compile("/login$"));
		assertThat(page).hasTitle("Sign in – " + COUNCIL);
		assertThat(page.locator("html")).hasAttribute("lang", "en");
		assertThat(page.locator(".govuk-header")).containsText(COUNCIL);
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Sign in");
		assertThat(page.locator("h1")).hasCSS("font-family", Pattern.compile("GDS Transport"));
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "sign-in");
	}

	@Test
	void aWrongPasswordShowsAnErrorSummaryAndTheNextTryLandsOnTheQueues(Page page, Browsers.Screenshots screenshots) {
		page.navigate("/t/" + TENANT + "/login");
		signIn(page, CaseworkFixture.OFFICER, "not-the-password");
		assertThat(page).hasURL(Pattern.compile("/login\\?error$"));
		assertThat(page).hasTitle("Error: Sign in – " + COUNCIL);
		assertThat(page.locator(".govuk-error-summary")).containsText("Enter a correct username and password");
		assertThat(page.locator("#username-error")).containsText("Enter a correct username and password");
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "wrong-password");
		page.locator(".govuk-error-summary a").click();
		assertThat(page.getByLabel("Username")).isFocused();

		signIn(page, CaseworkFixture.OFFICER, OfficerSignIn.PASSWORD);
		assertThat(page).hasURL(Pattern.compile("/t/" + TENANT + "/work$"));
		assertThat(page.getByText("Signed in as " + CaseworkFixture.OFFICER)).isVisible();
	}

	@Test
	void aWrongThenARightPasswordFromADeepLinkLandsOnTheCase(Page page) {
		String reference = this.casework.contact("Deep link to a missed bin", null);
		page.navigate("/t/" + TENANT + "/cases/" + reference);
		assertThat(page).hasURL(Pattern.compile("/login$"));
		signIn(page, CaseworkFixture.OFFICER, "not-the-password");
		assertThat(page.locator(".govuk-error-summary")).isVisible();
		signIn(page, CaseworkFixture.OFFICER, OfficerSignIn.PASSWORD);
		assertThat(page).hasURL(Pattern.compile("/t/" + TENANT + "/cases/" + reference + "(\\?continue)?$"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText(reference);
	}

	@Test
	void signsAnOfficerInWithTheKeyboard(Page page) {
		page.navigate("/t/" + TENANT + "/login");
		page.getByLabel("Username").pressSequentially(CaseworkFixture.OFFICER);
		page.getByLabel("Password").pressSequentially(OfficerSignIn.PASSWORD);
		page.keyboard().press("Enter");
		assertThat(page).hasURL(Pattern.compile("/t/" + TENANT + "/work$"));
	}

	@Test
	void landsManagersInvestigatorsAndAuditorsOnTheirQueues(Page page) {
		for (String user : List.of(CaseworkFixture.MANAGER, CaseworkFixture.INVESTIGATOR, "auditor@" + TENANT)) {
			page.navigate("/t/" + TENANT + "/login");
			signIn(page, user, OfficerSignIn.PASSWORD);
			assertThat(page).hasURL(Pattern.compile("/t/" + TENANT + "/work$"));
			assertThat(page.getByText("Signed in as " + user)).isVisible();
			signOut(page);
		}
	}

	@Test
	void landsATenantAdministratorOnTheAdministrationHomePage(Page page, Browsers.Screenshots screenshots) {
		page.navigate("/t/" + TENANT + "/login");
		signIn(page, "tenant-admin@" + TENANT, OfficerSignIn.PASSWORD);
		assertThat(page).hasURL(Pattern.compile("/t/" + TENANT + "/admin$"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Administration");
		assertThat(page.locator("#draft-state")).containsText("since version");
		assertThat(page.locator("main")).containsText("Feedback types");
		assertThat(page.locator("main")).containsText("Notification templates");
		assertThat(page.locator("main")).containsText("configuration pack");
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "tenant-admin");
	}

	@Test
	void landsThePlatformAdministratorOnThePlatformPage(Page page, Browsers.Screenshots screenshots) {
		page.navigate("/platform");
		assertThat(page).hasURL(Pattern.compile("/login$"));
		assertThat(page).hasTitle("Sign in – Candour");
		Accessibility.assertNoViolations(page);
		signIn(page, "admin@candour", OfficerSignIn.PASSWORD);
		assertThat(page).hasURL(Pattern.compile("/platform(\\?continue)?$"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Platform administration");
		assertThat(page.locator("table")).containsText(TENANT);
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "platform");

		page.navigate("/t/" + TENANT + "/login");
		assertThat(page).hasURL(Pattern.compile("/platform$"));
	}

	@Test
	void signsTheOfficerOutAgain(Page page) {
		page.navigate("/t/" + TENANT + "/login");
		signIn(page, CaseworkFixture.OFFICER, OfficerSignIn.PASSWORD);
		signOut(page);
		assertThat(page).hasURL(Pattern.compile("/$"));
		assertThat(page.getByText("Signed in as")).not().isAttached();
	}

	@Test
	void aTamperedSignInFormIsRefusedWithAnAccessiblePage(Page page) {
		page.navigate("/t/" + TENANT + "/login");
		// the mask and a masked token that unmasks to bytes 0xFF, which are not UTF-8
		String tampered = "A".repeat(48) + "_".repeat(48);
		page.locator("input[name=_csrf]").evaluate("(input, value) => input.value = value", tampered);
		page.getByLabel("Username").fill(CaseworkFixture.OFFICER);
		page.getByLabel("Password").fill(OfficerSignIn.PASSWORD);
		com.microsoft.playwright.Response refused = page.waitForResponse(
				response -> response.url().endsWith("/login") && "POST".equals(response.request().method()),
				() -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click());
		org.assertj.core.api.Assertions.assertThat(refused.status()).isEqualTo(403);
		assertThat(page.getByRole(AriaRole.HEADING,
				new Page.GetByRoleOptions().setName("You do not have access to this page")))
			.isVisible();
		assertThat(page.getByText("Signed in as")).not().isAttached();
		Accessibility.assertNoViolations(page);
	}

	private static void signIn(Page page, String user, String password) {
		page.getByLabel("Username").fill(user);
		page.getByLabel("Password").fill(password);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
	}

	private static void signOut(Page page) {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
	}

}
