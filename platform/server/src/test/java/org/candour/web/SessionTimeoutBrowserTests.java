package org.candour.web;

import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Sessions that end (issue 12, point 2): a resident or an officer is warned two minutes
 * before (GOV.UK timeout warning, JavaScript on) and may stay; when the time is up, or a
 * form is sent after the session ended, a page explains instead of a refusal, the
 * resident's answers saved page by page are kept (or deleted at their request), and an
 * officer signs in again to the page they were on. The browser's clock is moved, never
 * waited for.
 */
@CandourWebTest
@ExtendWith(Browsers.class)
class SessionTimeoutBrowserTests {

	static final String TENANT = CaseworkFixture.TENANT;

	static final String JOURNEY = "/t/" + TENANT + "/feedback/contact";

	@Autowired
	CaseworkFixtures fixtures;

	@BeforeEach
	void unitaryCouncil() {
		this.fixtures.fixture();
	}

	@Test
	void aResidentIsWarnedTwoMinutesBeforeTheSessionEndsAndMayStay(Page page, Browsers.Screenshots screenshots) {
		page.clock().install();
		answerTheFirstPage(page);
		page.clock().fastForward("17:50");
		assertThat(warning(page)).not().isVisible();

		page.clock().fastForward("00:20");
		assertThat(warning(page)).isVisible();
		assertThat(warning(page).getByRole(AriaRole.HEADING)).hasText("Your session is about to end");
		assertThat(warning(page).getByRole(AriaRole.HEADING)).isFocused();
		assertThat(page.locator(".candour-timeout__countdown")).hasText("2 minutes");
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "warning");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stay on this page")).click();
		assertThat(warning(page)).not().isVisible();
		page.clock().fastForward("17:50");
		// the session was kept going: a new 20 minutes from now
		assertThat(warning(page)).not().isVisible();
		page.clock().fastForward("00:20");
		assertThat(warning(page)).isVisible();
	}

	@Test
	void whenTheTimeIsUpTheSessionEndsAndTheAnswersSavedSoFarAreKept(Page page, Browsers.Screenshots screenshots) {
		page.clock().install();
		answerTheFirstPage(page);
		page.clock().fastForward("18:10");
		assertThat(warning(page)).isVisible();
		page.clock().fastForward("02:00");

		assertThat(page).hasURL(Pattern.compile("/t/" + TENANT + "/session-ended\\?from="));
		assertThat(heading(page)).hasText("Your session has ended");
		assertThat(page.locator("main"))
			.containsText("You did not do anything for 20 minutes, so we ended your session");
		assertThat(page.locator("main")).containsText("We have kept the answers you gave");
		assertThat(page.locator("main")).containsText("within 2 hours");
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "session-ended");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Continue where you left off")).click();
		assertThat(page).hasURL(Pattern.compile(JOURNEY + "/page/2$"));
		page.navigate(JOURNEY + "/page/1");
		assertThat(page.getByLabel("Email", new Page.GetByLabelOptions().setExact(true))).isChecked();
	}

	@Test
	void aFormSentAfterTheSessionEndedExplainsAndTheResidentMayDeleteTheirAnswers(Page page,
			Browsers.Screenshots screenshots) {
		answerTheFirstPage(page);
		endTheSessionOnTheServer(page);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();

		assertThat(heading(page)).hasText("Your session has ended");
		assertThat(page.locator("main")).containsText("We have kept the answers you gave");
		Accessibility.assertNoViolations(page);

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete my answers")).click();
		assertThat(heading(page)).hasText("Your answers have been deleted");
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "answers-deleted");
		page.navigate(JOURNEY + "/page/1");
		assertThat(page.getByLabel("Email", new Page.GetByLabelOptions().setExact(true))).not().isChecked();
	}

	@Test
	void aWelshResidentIsWarnedAndToldInWelsh(Page page) {
		page.clock().install();
		page.navigate(JOURNEY + "/page/1?lang=cy");
		page.clock().fastForward("18:10");
		assertThat(page.locator("html")).hasAttribute("lang", "cy");
		assertThat(warning(page).getByRole(AriaRole.HEADING)).hasText("Mae eich sesiwn ar fin dod i ben");
		assertThat(page.locator(".candour-timeout__countdown")).hasText("2 munud");
		Accessibility.assertNoViolations(page);
		page.clock().fastForward("02:00");
		assertThat(heading(page)).hasText("Mae eich sesiwn wedi dod i ben");
		Accessibility.assertNoViolations(page);
	}

	@Test
	void anOfficerIsWarnedThenSignedOutAndSignsInAgainToThePageTheyWereOn(Page page, Browsers.Screenshots screenshots) {
		page.clock().install();
		OfficerSignIn.as(page, TENANT, "officer@" + TENANT);
		page.navigate("/t/" + TENANT + "/cases/new");
		page.clock().fastForward("28:10");
		assertThat(warning(page).getByRole(AriaRole.HEADING)).hasText("You are about to be signed out");
		Accessibility.assertNoViolations(page);
		page.clock().fastForward("02:00");

		assertThat(heading(page)).hasText("You have been signed out");
		assertThat(page.locator("main")).containsText("You did not do anything for 30 minutes");
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "signed-out");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in again")).click();
		assertThat(page).hasURL(Pattern.compile("/login"));
		page.getByLabel("Username").fill("officer@" + TENANT);
		page.getByLabel("Password").fill(OfficerSignIn.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		assertThat(page).hasURL(Pattern.compile("/t/" + TENANT + "/cases/new(\\?continue)?$"));
	}

	@Test
	void anOfficersFormSentAfterTheSessionEndedExplainsInsteadOfRefusing(Page page) {
		OfficerSignIn.as(page, TENANT, "officer@" + TENANT);
		page.navigate("/t/" + TENANT + "/cases/new/contact");
		endTheSessionOnTheServer(page);
		page.locator("main form[method=post] button[type=submit]").first().click();
		assertThat(heading(page)).hasText("You have been signed out");
		Accessibility.assertNoViolations(page);
	}

	private static void answerTheFirstPage(Page page) {
		page.navigate(JOURNEY + "/page/1");
		page.getByLabel("Email", new Page.GetByLabelOptions().setExact(true)).check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
		assertThat(page).hasURL(Pattern.compile(JOURNEY + "/page/2$"));
	}

	/**
	 * As if the session had timed out: the browser still names it, the server no longer
	 * knows it.
	 */
	private static void endTheSessionOnTheServer(Page page) {
		Cookie session = page.context()
			.cookies()
			.stream()
			.filter(cookie -> "JSESSIONID".equals(cookie.name))
			.findFirst()
			.orElseThrow();
		page.context()
			.clearCookies(new com.microsoft.playwright.BrowserContext.ClearCookiesOptions().setName("JSESSIONID"));
		page.context()
			.addCookies(List.of(new Cookie("JSESSIONID", "0123456789ABCDEF0123456789ABCDEF").setDomain(session.domain)
				.setPath(session.path)
				.setHttpOnly(true)));
	}

	private static com.microsoft.playwright.Locator warning(Page page) {
		return page.locator("#timeout-warning");
	}

	private static com.microsoft.playwright.Locator heading(Page page) {
		return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
	}

}
