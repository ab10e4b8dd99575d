package org.candour.web;

import java.time.Clock;
import java.time.LocalDate;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Remedies on the pages, without JavaScript being needed: an officer proposes an ex
 * gratia payment on a closed upheld complaint but may not approve it (it is over their
 * £250 delegated limit); a manager approves it and records its payment; an apology is
 * declined with a reason. Bad input shows the error summary and changes nothing. Every
 * page is checked with axe-core, the error states included.
 */
@CandourWebTest
@ExtendWith(Browsers.class)
class RemediesBrowserTests {

	private static final String TENANT = CaseworkFixture.TENANT;

	@Autowired
	CaseworkFixtures fixtures;

	@Autowired
	Clock clock;

	@Test
	void anOfficerProposesAPaymentOverTheirLimitAndAManagerApprovesAndPaysIt(Page page,
			Browsers.Screenshots screenshots) {
		LearningFixture cases = new LearningFixture(this.fixtures.fixture(), this.clock);
		String reference = cases.closedUpheldComplaint("Remedies journey: missed bins");
		LocalDate today = cases.today();

		OfficerSignIn.as(page, TENANT, CaseworkFixture.OFFICER);
		page.navigate("/t/" + TENANT + "/cases/" + reference);
		page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Propose or decide remedies for case " + reference))
			.click();
		assertThat(page.locator("main")).containsText("No remedy has been proposed for this case yet.");
		assertThat(page.locator("#delegated-limit")).hasText("You may approve payments of up to £250.00.");
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "1-no-remedies");
		String remedies = page.url().substring(page.url().indexOf("/t/"));

		page.locator("#propose-remedy").click();
		page.locator("#amount").fill("four hundred");
		page.locator("#save-remedy").click();
		Locator problems = page.locator(".govuk-error-summary");
		assertThat(problems).containsText("Choose the kind of remedy");
		assertThat(problems).containsText("Enter what is offered");
		assertThat(problems).containsText("Enter the amount in pounds, like 150 or 150.50");
		assertThat(page.locator("#amount")).hasValue("four hundred");
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "2-propose-refused");

		page.getByLabel("Apology").check();
		page.getByLabel("What is offered").fill("An apology for the missed collections");
		page.locator("#amount").fill("50");
		page.locator("#save-remedy").click();
		assertThat(page.locator(".govuk-error-summary")).containsText("Apology is not a payment: leave the amount out");
		page.navigate(remedies);
		// nothing was proposed
		assertThat(page.locator("main")).containsText("No remedy has been proposed for this case yet.");

		page.locator("#propose-remedy").click();
		page.getByLabel("Ex gratia payment").check();
		page.getByLabel("What is offered").fill("An ex gratia payment for the distress caused");
		page.locator("#amount").fill("400");
		page.locator("#save-remedy").click();
		assertThat(page.locator(".govuk-notification-banner--success")).containsText("proposed");
		Locator card = page.locator(".govuk-summary-card").first();
		assertThat(card).containsText("£400.00");
		assertThat(card).containsText("Over your delegated limit");
		String id = card.getAttribute("id").substring("remedy-".length());
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "3-proposed");

		page.locator("#approve-" + id).click();
		assertThat(page.locator(".govuk-warning-text")).containsText("over your delegated limit of £250.00");
		Accessibility.assertNoViolations(page);
		page.locator("#save-decision").click();
		assertThat(page.locator(".govuk-error-summary")).containsText("A manager with a higher limit must approve it");
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "4-approval-refused");
		page.navigate(remedies);
		assertThat(page.locator("#state-" + id)).hasText("Proposed");
		signOut(page);

		OfficerSignIn.as(page, TENANT, CaseworkFixture.MANAGER);
		page.navigate(remedies);
		assertThat(page.locator("#delegated-limit")).hasText("You may approve payments of up to £5,000.00.");
		page.locator("#approve-" + id).click();
		page.locator("#save-decision").click();
		assertThat(page.locator(".govuk-notification-banner--success")).containsText("Remedy " + id + " approved");
		assertThat(page.locator("#state-" + id)).hasText("Approved");

		page.locator("#pay-" + id).click();
		page.locator("#paidOn-day").fill("31");
		page.locator("#paidOn-month").fill("2");
		page.locator("#paidOn-year").fill(String.valueOf(today.getYear()));
		page.locator("#save-decision").click();
		assertThat(page.locator(".govuk-error-summary")).containsText("The day it was paid must be a real date");
		assertThat(page.locator(".govuk-error-summary")).containsText("Enter the payment reference");
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "5-payment-refused");
		page.locator("#paidOn-day").fill(String.valueOf(today.getDayOfMonth()));
		page.locator("#paidOn-month").fill(String.valueOf(today.getMonthValue()));
		page.locator("#paymentReference").fill("FIN-2026-0042");
		page.locator("#save-decision").click();
		assertThat(page.locator(".govuk-notification-banner--success"))
			.containsText("Payment of remedy " + id + " recorded");
		assertThat(page.locator("#remedy-" + id)).containsText("reference FIN-2026-0042");
		assertThat(page.locator("#state-" + id)).hasText("Paid");
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "6-paid");

		page.navigate("/t/" + TENANT + "/cases/" + reference);
		assertThat(page.locator("#remedies")).containsText("An ex gratia payment for the distress caused");
	}

	@Test
	void aRemedyIsDeclinedOnlyWithAReason(Page page, Browsers.Screenshots screenshots) {
		LearningFixture cases = new LearningFixture(this.fixtures.fixture(), this.clock);
		String reference = cases.closedUpheldComplaint("Remedies journey: apology declined");
		OfficerSignIn.as(page, TENANT, CaseworkFixture.MANAGER);
		page.navigate("/t/" + TENANT + "/cases/" + reference + "/remedies/new");
		page.getByLabel("Apology").check();
		page.getByLabel("What is offered").fill("An apology for the tone of the letter");
		page.locator("#save-remedy").click();
		String id = page.locator(".govuk-summary-card").first().getAttribute("id").substring("remedy-".length());

		page.locator("#decline-" + id).click();
		Accessibility.assertNoViolations(page);
		page.locator("#save-decision").click();
		assertThat(page.locator(".govuk-error-summary")).containsText("Enter why the remedy is declined");
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "7-decline-refused");
		page.getByLabel("Why is it declined?").fill("The complainant asked for no further contact");
		page.locator("#save-decision").click();
		assertThat(page.locator("#state-" + id)).hasText("Declined");
		assertThat(page.locator("#remedy-" + id)).containsText("The complainant asked for no further contact");
	}

	private static void signOut(Page page) {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
	}

}
