package org.candour.web;

import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.candour.cases.CaseActions;
import org.candour.cases.CaseIntake;
import org.candour.security.Memberships;
import org.candour.tenancy.TenantContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A tenant administrator of a county council tenant builds the report "Complaints by
 * team" (a count, and the percentage responded on time as condition rows) in Chromium,
 * once with the keyboard alone (axe on every page, the error state included) and once
 * with the mouse and JavaScript off; previews it on the tenant's cases with the figures
 * counted by hand; and once the draft is published a manager finds it on the report
 * pages.
 */
@CandourWebTest
@ExtendWith(Browsers.class)
class AdminReportsBrowserTests {

	private static final String MANAGER = "manager@demo-county";

	@Autowired
	AdminTenants adminTenants;

	@Autowired
	CaseIntake intake;

	@Autowired
	CaseActions actions;

	@Autowired
	Memberships memberships;

	AdminTenant tenant;

	@BeforeEach
	void countyTenantWithCases() {
		this.tenant = this.adminTenants.county();
		new ReportCases(this.intake, this.actions).logIn(this.tenant);
		TenantContext.runAs(this.tenant.current(),
				() -> this.memberships.put(MANAGER, List.of("MANAGER"), List.of(), "report editor tests"));
	}

	@Test
	void withTheKeyboardAlone(Page page) {
		buildsPreviewsAndPublishesComplaintsByTeam(page, AdminPublishJourneyBrowserTests.Hands.KEYBOARD);
	}

	@Test
	void withTheMouseAndWithoutJavaScript(@WithoutJavaScript Page page) {
		buildsPreviewsAndPublishesComplaintsByTeam(page, AdminPublishJourneyBrowserTests.Hands.MOUSE);
	}

	private void buildsPreviewsAndPublishesComplaintsByTeam(Page page, AdminPublishJourneyBrowserTests.Hands hands) {
		OfficerSignIn.as(page, this.tenant.id, AdminTenant.ADMIN);
		page.navigate(this.tenant.admin());
		hands.click(page, page.locator("#reports-link"));
		assertThat(heading(page)).hasText("Reports");
		hands.checkAccessibility(page);

		hands.click(page, page.locator("#new-report"));
		hands.click(page, button(page, "Create report"));
		assertThat(page).hasTitle(Pattern.compile("^Error: "));
		assertThat(page.locator(".govuk-error-summary a[href='#title']")).hasText("Enter a title");
		hands.checkAccessibility(page);
		hands.fill(page, page.getByLabel("Title"), "Complaints by team");
		hands.click(page, button(page, "Create report"));
		assertThat(heading(page)).hasText("Complaints by team");
		hands.checkAccessibility(page);

		hands.choose(page, page.locator("input[name=feedbackTypes][value=complaint-stage-1]"));
		hands.choose(page, page.locator("input[name=period][value=financial-year]"));
		hands.click(page, button(page, "Save details"));
		assertThat(page.locator("#done")).containsText("Report saved in the draft");

		hands.click(page, page.locator("#add-dimension"));
		hands.fill(page, page.getByLabel("Heading"), "Team");
		hands.select(page, page.locator("#field"), "Team or unit the case is about");
		hands.choose(page, page.locator("input[name=orgStructure][value=current]"));
		hands.checkAccessibility(page);
		hands.click(page, button(page, "Add grouping"));

		hands.click(page, page.locator("#add-measure"));
		hands.fill(page, page.getByLabel("Heading"), "% responded on time");
		hands.choose(page, page.locator("input[name=type][value=percentage]"));
		hands.fill(page, page.locator("#whereField-1"), "clocks.respond.status");
		hands.fill(page, page.locator("#whereValues-1"), "met");
		hands.fill(page, page.locator("#denominatorField-1"), "clocks.respond.status");
		hands.select(page, page.locator("#denominatorOperator-1"), "is one of");
		hands.fill(page, page.locator("#denominatorValues-1"), "met, breached");
		hands.fill(page, page.getByLabel("Target (optional)"), "90");
		hands.checkAccessibility(page);
		hands.click(page, button(page, "Add figure"));
		assertThat(page.locator("#measure-table")).containsText("clocks.respond.status is met");
		assertThat(page.locator("#dimension-table")).containsText("Team or unit the case is about");
		hands.checkAccessibility(page);

		hands.click(page, button(page, "Preview on live data"));
		Locator directPayments = page.locator("#report tr", new Page.LocatorOptions().setHasText("Direct Payments"));
		assertThat(directPayments).containsText("3");
		assertThat(directPayments).containsText("100.0% (1/1)");
		assertThat(page.locator("#report tr", new Page.LocatorOptions().setHasText("SEND Assessment and Review")))
			.containsText("2");
		hands.checkAccessibility(page);

		this.tenant.publish("Complaints by team");
		page.context().clearCookies();
		OfficerSignIn.as(page, this.tenant.id, MANAGER);
		page.navigate("/t/" + this.tenant.id + "/reports");
		hands.click(page, page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Complaints by team")));
		assertThat(heading(page)).containsText("Complaints by team");
	}

	private static Locator heading(Page page) {
		return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
	}

	private static Locator button(Page page, String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name)).first();
	}

}
