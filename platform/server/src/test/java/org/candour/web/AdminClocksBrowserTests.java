package org.candour.web;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A tenant administrator of a county council tenant changes the stage 1 complaint's
 * response timescale from 10 to 15 working days in Chromium, once with the keyboard alone
 * (axe on every page, the error state included) and once with the mouse and JavaScript
 * off: reads the worked example across Christmas, updates it from the values entered
 * before saving, is stopped on the field when the name is missing, and saves.
 */
@CandourWebTest
@ExtendWith(Browsers.class)
class AdminClocksBrowserTests {

	@Autowired
	AdminTenants adminTenants;

	AdminTenant tenant;

	@BeforeEach
	void countyTenant() {
		this.tenant = this.adminTenants.county();
	}

	@Test
	void withTheKeyboardAlone(Page page, Browsers.Screenshots screenshots) {
		changesTheResponseTimescaleToFifteenWorkingDays(page, AdminPublishJourneyBrowserTests.Hands.KEYBOARD);
		page.navigate(this.tenant.admin() + "/feedback-types/complaint-stage-1/workflow/clocks/respond");
		screenshots.save(page, "clock");
	}

	@Test
	void withTheMouseAndWithoutJavaScript(@WithoutJavaScript Page page) {
		changesTheResponseTimescaleToFifteenWorkingDays(page, AdminPublishJourneyBrowserTests.Hands.MOUSE);
	}

	private void changesTheResponseTimescaleToFifteenWorkingDays(Page page,
			AdminPublishJourneyBrowserTests.Hands hands) {
		OfficerSignIn.as(page, this.tenant.id, AdminTenant.ADMIN);
		page.navigate(this.tenant.admin() + "/feedback-types/complaint-stage-1");
		hands.click(page,
				page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Workflow and timescales")));
		hands.click(page, page.locator("#change-clock-respond"));
		assertThat(heading(page)).hasText("Change a timescale");
		assertThat(page.locator("#new-cases-only")).containsText("Applies to new cases only.");
		// Received Friday 19 December 2025 at 4:30pm, before the county's 5pm cut-off:
		// day 0. The acknowledgement
		// (5 working days; 25 and 26 December are bank holidays) is due Tuesday 30
		// December, and the example
		// takes it then; 10 working days from 30 December, 1 January a bank holiday: 31
		// December, 2, 5, 6, 7, 8,
		// 9, 12, 13, 14 January.
		assertThat(page.locator("#example-0-acknowledge")).hasText("Tuesday 30 December 2025");
		assertThat(page.locator("#example-0-respond")).hasText("Wednesday 14 January 2026");
		hands.checkAccessibility(page);

		hands.fill(page, page.getByLabel("How long", new Page.GetByLabelOptions().setExact(true)), "15");
		hands.click(page, page.locator("#update-example"));
		// Five more working days after 14 January: 15, 16, 19, 20, 21 January.
		assertThat(page.locator("#example-0-respond")).hasText("Wednesday 21 January 2026");
		assertThat(page.locator("#example-unsaved")).containsText("not saved yet");
		hands.checkAccessibility(page);

		hands.fill(page, page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)), " ");
		hands.click(page, saveButton(page));
		assertThat(page).hasTitle(Pattern.compile("^Error: "));
		assertThat(page.locator(".govuk-error-summary a[href='#label']")).hasText("Enter the timescale’s name");
		hands.checkAccessibility(page);

		hands.fill(page, page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)), "Stage 1 response due");
		hands.click(page, saveButton(page));
		assertThat(page.locator("#success")).hasText("Timescale ‘Stage 1 response due’ saved");
		assertThat(page.locator("#clock-respond")).containsText("15 working days");
		hands.checkAccessibility(page);

		hands.click(page, page.locator("#change-clock-respond"));
		hands.click(page, page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Delete this timescale")));
		hands.checkAccessibility(page);
		hands.click(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete timescale")));
		assertThat(page.locator(".govuk-error-summary")).containsText("extends it: change that first");
		hands.checkAccessibility(page);
	}

	private static Locator saveButton(Page page) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save timescale"));
	}

	private static Locator heading(Page page) {
		return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
	}

}
