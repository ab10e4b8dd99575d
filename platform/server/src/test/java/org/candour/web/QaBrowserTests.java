package org.candour.web;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Issue 16's acceptance for QA sampling: a QA reviewer (a line manager, by the base
 * pack's policy) samples the month from the work queue, finds a case awaiting their
 * score, is refused an incomplete score with the error summary, scores it, and reads the
 * month's figures against the targets. Every page is checked with axe-core, the error
 * state included.
 */
@CandourWebTest
@ExtendWith(Browsers.class)
class QaBrowserTests {

	private static final String TENANT = CaseworkFixture.TENANT;

	@Autowired
	CaseworkFixtures fixtures;

	@Test
	void aQaReviewerScoresASampledCase(Page page, Browsers.Screenshots screenshots) {
		CaseworkFixture cases = this.fixtures.fixture();
		cases.allocatedComplaint("QA journey: a missed bin collection");

		OfficerSignIn.as(page, TENANT, CaseworkFixture.MANAGER);
		page.locator("#qa-navigation").click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Quality assurance")))
			.isVisible();
		Locator run = page.locator("#run-sampling");
		if (run.count() > 0) {
			run.click();
			assertThat(page.locator(".govuk-notification-banner--success")).containsText("sampled");
		}
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "1-queue");

		page.locator("#status").selectOption("awaiting");
		page.locator("#reviewer").selectOption("manager");
		page.locator("#kind").selectOption("line-manager");
		page.locator("#apply-filters").click();
		Locator samples = page.locator("#qa-samples");
		assertThat(samples).containsText(CaseworkFixture.OFFICER);
		assertThat(samples).containsText("Line manager");
		Accessibility.assertNoViolations(page);
		samples.locator("tbody tr").first().locator("td").first().getByRole(AriaRole.LINK).click();
		String id = page.locator("h1").textContent().replace("Scorecard ", "").trim();
		assertThat(page.locator("#scoring-as")).containsText("manager's score");
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "2-scorecard");

		page.locator("#answer-right-decision-yes").check();
		page.locator("#answer-put-right-partly").check();
		page.locator("#save-score").click();
		Locator problems = page.locator(".govuk-error-summary");
		assertThat(problems).containsText("Answer yes, no or partly");
		assertThat(problems).containsText("Add a comment to say why");
		assertThat(page.locator("#answer-put-right-partly")).isChecked();
		assertThat(page).hasTitle(java.util.regex.Pattern.compile("^Error: "));
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "3-refused");

		page.locator("#comment-put-right").fill("An apology was sent but the missed collection was not put right.");
		for (String standard : new String[] { "learning-identified", "acknowledged-on-time", "understood-complaint",
				"responded-on-time", "clear-response", "records-complete" }) {
			page.locator("#answer-" + standard + "-yes").check();
		}
		page.locator("#save-score").click();
		assertThat(page.locator(".govuk-notification-banner--success")).containsText("Manager's score saved for " + id);
		assertThat(page.locator("#score-manager")).containsText("Manager's score by " + CaseworkFixture.MANAGER);
		assertThat(page.locator("#sample-status")).hasText("Done");
		assertThat(page.locator("main")).containsText("Outcome requirements not met");
		assertThat(page.locator("main")).containsText("Method requirements met");
		assertThat(page.locator("#score-form")).hasCount(0);
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "4-scored");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to quality assurance")).click();
		page.locator("#figures-link").click();
		Locator figures = page.locator("#qa-figures");
		assertThat(figures).containsText("Cases meeting the outcome requirements");
		assertThat(page.locator("#figure-outcomeMet")).containsText("98%");
		assertThat(page.locator("#figure-agreement")).containsText("No figure yet");
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "5-figures");
	}

}
