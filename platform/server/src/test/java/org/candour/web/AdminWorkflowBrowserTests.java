package org.candour.web;

import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A tenant administrator of a county council tenant works the stage 1 complaint's
 * workflow tables in Chromium, once with the keyboard alone (axe on every page, error
 * states included) and once with the mouse and JavaScript off: reads the diagram's
 * transitions in words, is stopped on the fields when an action is incomplete, adds an
 * action, and is told why a state in use cannot be deleted.
 */
@CandourWebTest
@ExtendWith(Browsers.class)
class AdminWorkflowBrowserTests {

	@Autowired
	AdminTenants adminTenants;

	AdminTenant tenant;

	@BeforeEach
	void countyTenant() {
		this.tenant = this.adminTenants.county();
	}

	@Test
	void withTheKeyboardAlone(Page page, Browsers.Screenshots screenshots) {
		addsAnActionAndIsToldWhyAStateInUseStays(page, AdminPublishJourneyBrowserTests.Hands.KEYBOARD);
		page.navigate(this.tenant.admin() + "/feedback-types/complaint-stage-1/workflow");
		screenshots.save(page, "workflow");
		page.navigate(this.tenant.admin() + "/feedback-types/complaint-stage-1/workflow/transitions/acknowledge");
		screenshots.save(page, "transition");
	}

	@Test
	void withTheMouseAndWithoutJavaScript(@WithoutJavaScript Page page) {
		addsAnActionAndIsToldWhyAStateInUseStays(page, AdminPublishJourneyBrowserTests.Hands.MOUSE);
	}

	private void addsAnActionAndIsToldWhyAStateInUseStays(Page page, AdminPublishJourneyBrowserTests.Hands hands) {
		OfficerSignIn.as(page, this.tenant.id, AdminTenant.ADMIN);
		page.navigate(this.tenant.admin() + "/feedback-types/complaint-stage-1");
		hands.click(page,
				page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Workflow and timescales")));
		assertThat(heading(page)).hasText("Workflow and timescales");
		assertThat(page.locator("svg.app-workflow-diagram")).isVisible();
		assertThat(page.locator("#transition-list li").first())
			.hasText("Allocate to a team: from New to New, by Complaints manager.");
		hands.checkAccessibility(page);

		hands.click(page, page.locator("#add-action"));
		hands.fill(page, page.getByLabel("Name of the action"), "Reconsider the response");
		hands.click(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save action")));
		assertThat(page).hasTitle(Pattern.compile("^Error: "));
		assertThat(page.locator(".govuk-error-summary a[href='#from']"))
			.hasText("Select the states it may be taken from");
		assertThat(page.locator(".govuk-error-summary a[href='#to']")).hasText("Select the state it leads to");
		hands.checkAccessibility(page);

		hands.choose(page, page.getByLabel("Stage 1 response sent").first());
		hands.choose(page, page.locator("input[name=to][value=acknowledged]"));
		hands.choose(page, page.getByLabel("Complaints manager"));
		hands.click(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save action")));
		assertThat(page.locator("#success")).hasText("Action ‘Reconsider the response’ added");
		assertThat(page.locator("#transition-list")).containsText("Reconsider the response: from Stage 1 response "
				+ "sent to Acknowledged - being investigated, by Complaints manager.");
		hands.checkAccessibility(page);

		hands.click(page, page.locator("#change-state-escalated"));
		assertThat(page.getByLabel("Name")).hasValue("Escalated to stage 2");
		hands.checkAccessibility(page);
		hands.click(page, page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Delete this state")));
		hands.checkAccessibility(page);
		hands.click(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete state")));
		assertThat(page.locator(".govuk-error-summary")).containsText("leads to or from ‘Escalated to stage 2’");
		hands.checkAccessibility(page);
	}

	private static com.microsoft.playwright.Locator heading(Page page) {
		return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
	}

}
