package org.candour.web;

import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.candour.CandourApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The landing page in a real browser: GOV.UK styled, accessible, usable without scripts.
 */
@SpringBootTest(classes = CandourApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "candour.mongodb.embedded.backend=memory", "candour.demo.enabled=false" })
@ExtendWith(Browsers.class)
class LandingPageBrowserTests {

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
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Candour").setLevel(1)))
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
