package org.candour.web;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The officer workspace's queues in Chromium: a manager bulk-allocates fifty unallocated
 * cases in one action, an investigator sees only their org unit's cases, the pages (with
 * an error, and a bulk result) pass axe, and a queue is opened with the keyboard alone.
 */
@CandourWebTest
@ExtendWith(Browsers.class)
class QueueBrowserTests {

	private static final String WORK = "/t/" + CaseworkFixture.TENANT + "/work";

	@Autowired
	CaseworkFixtures fixtures;

	CaseworkFixture casework;

	String word;

	@BeforeEach
	void unitaryCouncil() {
		this.casework = this.fixtures.fixture();
		this.word = "w" + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void aManagerAllocatesFiftyUnallocatedCasesInOneAction(Page page, Browsers.Screenshots screenshots) {
		this.casework.contacts(50, this.word + " fly-tipping", "web", null);
		OfficerSignIn.as(page, CaseworkFixture.TENANT, CaseworkFixture.MANAGER);
		page.navigate(WORK + "?queue=unallocated&q=" + this.word);
		assertThat(page.getByText("Showing 1 to 50 of 50 cases")).isVisible();
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "queue");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Select all cases on this page")).click();
		assertThat(page.locator("input[name=case]:checked")).hasCount(50);
		page.getByLabel("Bulk action").selectOption("assign-for-triage");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();

		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Assign to an officer for triage: 50 cases");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Take the action on 50 cases")).click();
		assertThat(page.locator(".govuk-error-summary")).containsText("Choose Officer who will triage");
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "inputs-error");
		page.getByLabel("Officer who will triage").selectOption(CaseworkFixture.OFFICER);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Take the action on 50 cases")).click();

		assertThat(page).hasURL(Pattern.compile("/work/bulk/results/"));
		assertThat(page.locator("#result-counts")).containsText("50 succeeded");
		assertThat(page.locator("#result-counts")).containsText("0 failed");
		assertThat(page.locator("#successes tbody tr")).hasCount(50);
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "result");

		page.navigate(WORK + "?queue=unallocated&q=" + this.word);
		assertThat(page.getByText("No cases in this queue match the filters.")).isVisible();
	}

	@Test
	void theQueueAndTheCaseScreenFitLaptopScreensWithoutScrollingSideways(Page page, Browsers.Screenshots screenshots) {
		this.casework.contacts(3, this.word + " overflowing litter bins on the high street", "phone", null);
		String reference = this.casework.allocatedComplaint(this.word + " missed collection");
		OfficerSignIn.as(page, CaseworkFixture.TENANT, CaseworkFixture.MANAGER);
		for (int width : new int[] { 1024, 1280, 1440 }) {
			page.setViewportSize(width, 800);
			page.navigate(WORK + "?q=" + this.word);
			assertThat(page.getByText("Showing 1 to 4 of 4 cases")).isVisible();
			assertFitsTheScreen(page, width, "queue");
			screenshots.save(page, "queue-" + width);
			page.navigate("/t/" + CaseworkFixture.TENANT + "/cases/" + reference);
			assertFitsTheScreen(page, width, "case screen");
			screenshots.save(page, "case-" + width);
		}
	}

	/**
	 * No sideways scrolling; the content keeps a gutter from both edges; "Sign out" is
	 * whole on the screen; axe finds nothing.
	 */
	private static void assertFitsTheScreen(Page page, int width, String what) {
		Object scroll = page
			.evaluate("() => [document.scrollingElement.scrollWidth, document.scrollingElement.clientWidth]");
		List<?> widths = (List<?>) scroll;
		org.assertj.core.api.Assertions.assertThat(((Number) widths.get(0)).intValue())
			.as("%s at %d px: scroll width", what, width)
			.isLessThanOrEqualTo(((Number) widths.get(1)).intValue());
		int clientWidth = ((Number) widths.get(1)).intValue();
		BoundingBox main = page.locator("#main-content").boundingBox();
		org.assertj.core.api.Assertions.assertThat(main.x)
			.as("%s at %d px: left gutter", what, width)
			.isGreaterThanOrEqualTo(15);
		org.assertj.core.api.Assertions.assertThat(main.x + main.width)
			.as("%s at %d px: right gutter", what, width)
			.isLessThanOrEqualTo(clientWidth - 15);
		BoundingBox signOut = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))
			.boundingBox();
		org.assertj.core.api.Assertions.assertThat(signOut.x)
			.as("%s at %d px: sign out", what, width)
			.isGreaterThanOrEqualTo(15);
		org.assertj.core.api.Assertions.assertThat(signOut.x + signOut.width)
			.as("%s at %d px: sign out", what, width)
			.isLessThanOrEqualTo(clientWidth - 15);
		Accessibility.assertNoViolations(page);
	}

	@Test
	void showsAFilterErrorAccessibly(Page page, Browsers.Screenshots screenshots) {
		OfficerSignIn.as(page, CaseworkFixture.TENANT, CaseworkFixture.MANAGER);
		page.navigate(WORK);
		Locator from = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Received from"));
		from.getByLabel("Day").fill("10");
		from.getByLabel("Month").fill("3");
		from.getByLabel("Year").fill("2026");
		Locator to = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Received to"));
		to.getByLabel("Day").fill("1");
		to.getByLabel("Month").fill("3");
		to.getByLabel("Year").fill("2026");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply filters")).click();

		assertThat(page).hasTitle(Pattern.compile("^Error: "));
		assertThat(page.locator(".govuk-error-summary"))
			.containsText("Received to must be the same as or after received from");
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "filter-error");
		page.locator(".govuk-error-summary a").first().click();
		assertThat(page.locator("#receivedTo-day")).isFocused();
	}

	@Test
	void anInvestigatorSeesOnlyTheirOrgUnitsCases(Page page) {
		List<String> theirs = this.casework.contacts(2, this.word + " care at home", "web", "adults");
		List<String> others = this.casework.contacts(2, this.word + " parking", "web", "corporate");
		OfficerSignIn.as(page, CaseworkFixture.TENANT, CaseworkFixture.INVESTIGATOR);
		page.navigate(WORK + "?q=" + this.word);
		Locator table = page.locator("table");
		for (String reference : theirs) {
			assertThat(table.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(reference))).isVisible();
		}
		for (String reference : others) {
			assertThat(table.getByText(reference)).not().isAttached();
		}
		assertThat(page.getByText("Showing 1 to 2 of 2 cases")).isVisible();
		Accessibility.assertNoViolations(page);
	}

	@Test
	void opensAQueueAndFiltersItWithTheKeyboardAlone(Page page) {
		this.casework.contacts(2, this.word + " noise", "phone", null);
		OfficerSignIn.as(page, CaseworkFixture.TENANT, CaseworkFixture.OFFICER);
		page.navigate(WORK);
		Locator unallocated = page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName(Pattern.compile("^Unallocated")));
		Keyboard.tabTo(page, unallocated);
		page.keyboard().press("Enter");
		assertThat(page).hasURL(Pattern.compile("queue=unallocated"));

		Keyboard.tabTo(page, page.getByLabel("Reference or summary contains"));
		page.keyboard().type(this.word);
		page.keyboard().press("Enter");
		assertThat(page).hasURL(Pattern.compile("q=" + this.word));
		assertThat(page.getByText("Showing 1 to 2 of 2 cases")).isVisible();
	}

}
