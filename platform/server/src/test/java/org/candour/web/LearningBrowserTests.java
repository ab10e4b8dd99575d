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
 * Issue 16's acceptance for learning: a manager records learning with two actions on a
 * closed upheld complaint, the action's owner finds it in "Actions due" and completes it,
 * the manager verifies it. Every page is checked with axe-core, the error state included.
 */
@CandourWebTest
@ExtendWith(Browsers.class)
class LearningBrowserTests {

	private static final String TENANT = CaseworkFixture.TENANT;

	@Autowired
	CaseworkFixtures fixtures;

	@Autowired
	Clock clock;

	@Test
	void aManagerRecordsLearningWithTwoActionsTheOwnerCompletesOneAndTheManagerVerifiesIt(Page page,
			Browsers.Screenshots screenshots) {
		LearningFixture learning = new LearningFixture(this.fixtures.fixture(), this.clock);
		String reference = learning.closedUpheldComplaint("Learning journey: missed bins");
		LocalDate today = learning.today();

		OfficerSignIn.as(page, TENANT, CaseworkFixture.MANAGER);
		page.navigate("/t/" + TENANT + "/cases/" + reference);
		page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Record learning from this case for case " + reference))
			.click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record learning")).click();
		Locator problems = page.locator(".govuk-error-summary");
		assertThat(problems).containsText("Enter what was learned");
		assertThat(problems).containsText("Choose a theme");
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "1-refused");

		page.getByLabel("What was learned").fill("Crews did not check the street list before leaving the depot.");
		page.getByLabel("Quality of service").check();
		fillAction(page, "Check every round sheet against the street list", CaseworkFixture.OFFICER, today,
				today.plusDays(14));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record learning")).click();
		assertThat(page.locator(".govuk-notification-banner--success")).containsText("recorded");
		String record = page.url().substring(page.url().indexOf("/t/"));

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add an action")).click();
		fillAction(page, "Brief the crews at the Monday meeting", "Adults (statutory complaints)", today,
				today.plusDays(7));
		Accessibility.assertNoViolations(page);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the action")).click();
		assertThat(page.locator("#action-A2")).containsText("Brief the crews at the Monday meeting");
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "2-record");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Learning").setExact(true)).click();
		assertThat(page.locator("#learning-register")).containsText("Crews did not check the street list");
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "3-register");
		signOut(page);

		OfficerSignIn.as(page, TENANT, CaseworkFixture.OFFICER);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Actions due")).click();
		Locator due = page.locator("#actions-due");
		assertThat(due).containsText("Check every round sheet against the street list");
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "4-actions-due");
		page.navigate(record);
		page.locator("#move-A1-in-progress").click();
		assertThat(page.locator("#action-A1")).containsText("In progress");
		page.locator("#move-A1-done").click();
		assertThat(page.locator("#action-A1")).containsText("Done");
		assertThat(page.locator("#move-A1-verified")).hasCount(0);
		signOut(page);

		OfficerSignIn.as(page, TENANT, CaseworkFixture.MANAGER);
		page.navigate(record);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verify action A1")).click();
		assertThat(page.locator(".govuk-notification-banner--success")).containsText("Action A1 verified");
		assertThat(page.locator("#action-A1")).containsText("Verified");
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "5-verified");
	}

	@Test
	void aManagerPublishesLearningAndAnyoneReadsItInYouSaidWeDid(Page page, Browsers.Screenshots screenshots) {
		LearningFixture learning = new LearningFixture(this.fixtures.fixture(), this.clock);
		String reference = learning.closedUpheldComplaint("You said, we did: missed bins");
		OfficerSignIn.as(page, TENANT, CaseworkFixture.MANAGER);
		page.navigate("/t/" + TENANT + "/learning/new?case=" + reference);
		page.getByLabel("What was learned").fill("The crew on round 12 skipped Ash Lane three weeks running.");
		page.getByLabel("Quality of service").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record learning")).click();

		page.locator("#change-publication").click();
		page.locator("#publish-yes").check();
		page.locator("#save-publication").click();
		assertThat(page.locator(".govuk-error-summary")).containsText("Enter the wording to publish");
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "6-publication-refused");
		String wording = "You told us bins were missed week after week. Every round now checks its street list.";
		page.locator("#wording").fill(wording);
		page.locator("#save-publication").click();
		assertThat(page.locator(".govuk-notification-banner--success")).containsText("published");
		signOut(page);

		page.navigate("/t/" + TENANT + "/you-said-we-did");
		assertThat(page.locator("main")).containsText(wording);
		assertThat(page.locator("main")).not().containsText("Ash Lane");
		assertThat(page.locator("main")).not().containsText(reference);
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "7-you-said-we-did");
	}

	@Test
	void aRecordsStatementThemeAndCasesAreChangedOnItsPage(Page page, Browsers.Screenshots screenshots) {
		LearningFixture learning = new LearningFixture(this.fixtures.fixture(), this.clock);
		String first = learning.closedUpheldComplaint("Edit learning: first case");
		String second = learning.closedUpheldComplaint("Edit learning: second case");
		OfficerSignIn.as(page, TENANT, CaseworkFixture.OFFICER);
		page.navigate("/t/" + TENANT + "/learning/new?case=" + first);
		page.getByLabel("What was learned").fill("Letters went to the old address.");
		page.getByLabel("Record keeping").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record learning")).click();
		String record = page.url().substring(page.url().indexOf("/t/"));

		page.locator("#change-record").click();
		Accessibility.assertNoViolations(page);
		page.getByLabel("What was learned").fill("");
		page.locator("#save-record").click();
		assertThat(page.locator(".govuk-error-summary")).containsText("Enter what was learned");
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "8-edit-refused");
		page.getByLabel("What was learned").fill("Changes of address were not copied to the letters system.");
		page.getByLabel("Cases it came from").fill(first + "\nRUC-1999-999999");
		page.locator("#save-record").click();
		assertThat(page.locator(".govuk-error-summary")).containsText("There is no case RUC-1999-999999");
		assertThat(page.getByLabel("Cases it came from")).hasValue(first + "\nRUC-1999-999999");
		page.navigate(record);
		// nothing was changed
		assertThat(page.locator("#statement")).hasText("Letters went to the old address.");

		page.locator("#change-record").click();
		page.getByLabel("What was learned").fill("Changes of address were not copied to the letters system.");
		page.getByLabel("Communication").check();
		page.getByLabel("Cases it came from").fill(first + "\n" + second);
		page.locator("#save-record").click();
		assertThat(page.locator(".govuk-notification-banner--success")).containsText("changed");
		assertThat(page.locator("#statement")).hasText("Changes of address were not copied to the letters system.");
		assertThat(page.locator("#theme")).hasText("Communication");
		assertThat(page.locator("#cases")).containsText(second);
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "9-edited");
	}

	private static void fillAction(Page page, String description, String owner, LocalDate start, LocalDate due) {
		page.getByLabel("What will be done").fill(description);
		page.getByLabel("Owner").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(owner));
		date(page, "start", start);
		date(page, "due", due);
	}

	private static void date(Page page, String name, LocalDate date) {
		page.locator("#" + name + "-day").fill(String.valueOf(date.getDayOfMonth()));
		page.locator("#" + name + "-month").fill(String.valueOf(date.getMonthValue()));
		page.locator("#" + name + "-year").fill(String.valueOf(date.getYear()));
	}

	private static void signOut(Page page) {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
	}

}
