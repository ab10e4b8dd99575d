package org.candour.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.candour.cases.CaseIntake;
import org.candour.config.DraftDocument;
import org.candour.config.DraftManagement;
import org.candour.security.Memberships;
import org.candour.tenancy.TenantContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A county council's tenant administrator merges Street Lighting and Highway Inspections
 * into Highway Assets from 1 April 2027, in Chromium, once with the keyboard alone (axe
 * on every page, the error state included) and once with the mouse and JavaScript off:
 * reads the open cases of the teams that end, publishes; on 15 March a manager is still
 * offered the old teams, and on 2 April only the new one (for cases logged before the
 * restructure was published too); a report by unit counts the cases under the old teams
 * by the structure at the time and under Highway Assets by today's.
 */
@CandourWebTest
@ExtendWith(Browsers.class)
class AdminRestructureBrowserTests {

	private static final String MANAGER = "manager@demo-county";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	AdminTenants adminTenants;

	@Autowired
	StoppableClock clock;

	@Autowired
	CaseIntake intake;

	@Autowired
	DraftManagement drafts;

	@Autowired
	Memberships memberships;

	AdminTenant tenant;

	@BeforeEach
	void countyTenantOnTheFifteenthOfMarch() {
		this.tenant = this.adminTenants.county();
		this.clock.stop();
		moveTo("2027-03-15T10:00:00Z");
		TenantContext.runAs(this.tenant.current(), () -> {
			this.memberships.put(MANAGER, List.of("MANAGER"), List.of(), "restructure test");
			this.drafts.put(new DraftDocument("report", "cases-by-unit", casesByUnit()));
		});
	}

	@AfterEach
	void realTimeAgain() {
		this.clock.run();
	}

	@Test
	void withTheKeyboardAlone(Page admin, Page manager) {
		mergesTwoTeamsFromAFutureDate(AdminPublishJourneyBrowserTests.Hands.KEYBOARD, admin, manager);
	}

	@Test
	void withTheMouseAndWithoutJavaScript(@WithoutJavaScript Page admin, @WithoutJavaScript Page manager) {
		mergesTwoTeamsFromAFutureDate(AdminPublishJourneyBrowserTests.Hands.MOUSE, admin, manager);
	}

	private void mergesTwoTeamsFromAFutureDate(AdminPublishJourneyBrowserTests.Hands hands, Page admin, Page manager) {
		String early = UnitComplaints.log(this.tenant, this.intake, "street-lighting-team", 2).get(0);
		UnitComplaints.log(this.tenant, this.intake, "highways-inspections-team", 1);
		OfficerSignIn.as(admin, this.tenant.id, AdminTenant.ADMIN);
		admin.navigate(this.tenant.admin());
		hands.click(admin, link(admin, "Organisation structure and restructures"));
		assertThat(heading(admin)).hasText("Organisation structure");
		assertThat(admin.locator("#unit-street-lighting-team")).containsText("from 1 April 2024");
		hands.checkAccessibility(admin);

		hands.click(admin,
				admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Restructure: merge units")));
		hands.click(admin, button(admin, "Continue"));
		assertThat(admin).hasTitle(Pattern.compile("^Error: "));
		assertThat(admin.locator(".govuk-error-summary a[href='#units']")).hasText("Select the units that merge");
		assertThat(admin.locator(".govuk-error-summary a[href='#from']"))
			.hasText("Enter the date the new unit starts, like 1 4 2027");
		hands.checkAccessibility(admin);

		hands.choose(admin, admin.getByLabel("Street Lighting (team)"));
		hands.choose(admin, admin.getByLabel("Highway Inspections (team)"));
		hands.fill(admin, admin.getByLabel("Name of the unit they merge into"), "Highway Assets");
		hands.select(admin, admin.getByLabel("The new unit sits inside"), "Highways (service)");
		hands.fill(admin, admin.locator("#from"), "1");
		hands.fill(admin, admin.locator("#from-month"), "4");
		hands.fill(admin, admin.locator("#from-year"), "2027");
		hands.click(admin, button(admin, "Continue"));
		assertThat(heading(admin)).hasText("Check the restructure");
		assertThat(admin.locator("#sentences"))
			.hasText("'Street Lighting' and 'Highway Inspections' merge into 'Highway Assets' from 1 April 2027");
		assertThat(admin.locator("#open-cases tbody tr").nth(0)).containsText(Pattern.compile("Street Lighting\\s+2"));
		assertThat(admin.locator("#open-cases tbody tr").nth(1))
			.containsText(Pattern.compile("Highway Inspections\\s+1"));
		hands.checkAccessibility(admin);
		hands.click(admin, button(admin, "Save the restructure to the draft"));
		assertThat(admin.locator("#done")).containsText("Restructure saved in the draft");
		hands.checkAccessibility(admin);
		unitPagesRefuseWhatIsMissing(hands, admin);

		admin.navigate(this.tenant.admin() + "/check");
		assertThat(admin.locator(".candour-change-sentences")
			.filter(new Locator.FilterOptions().setHasText("merge into 'Highway Assets' from 1 April 2027")))
			.hasCount(1);
		hands.click(admin, button(admin, "Publish"));
		assertThat(admin.locator("h1")).hasText("Version 2 is live");

		String late = UnitComplaints.log(this.tenant, this.intake, "street-lighting-team", 1).get(0);
		OfficerSignIn.as(manager, this.tenant.id, MANAGER);
		manager.navigate("/t/" + this.tenant.id + "/cases/" + late + "/actions/allocate");
		org.assertj.core.api.Assertions.assertThat(teams(manager))
			.contains("Street Lighting", "Highway Inspections")
			.doesNotContain("Highway Assets");

		moveTo("2027-04-02T09:00:00Z");
		manager.navigate("/t/" + this.tenant.id + "/cases/" + late + "/actions/allocate");
		org.assertj.core.api.Assertions.assertThat(teams(manager))
			.contains("Highway Assets", "Highways Maintenance")
			.doesNotContain("Street Lighting", "Highway Inspections");
		hands.checkAccessibility(manager);
		manager.navigate("/t/" + this.tenant.id + "/cases/" + early + "/actions/allocate");
		org.assertj.core.api.Assertions.assertThat(teams(manager))
			.as("a case logged before the restructure was published")
			.contains("Highway Assets")
			.doesNotContain("Street Lighting", "Highway Inspections");

		admin.navigate("/t/" + this.tenant.id + "/reports/cases-by-unit/run");
		hands.click(admin, button(admin, "Run the report"));
		assertThat(row(admin, "Street Lighting")).containsText("3");
		assertThat(row(admin, "Highway Inspections")).containsText("1");
		assertThat(admin.locator("#report")).not().containsText("Highway Assets");

		admin.navigate("/t/" + this.tenant.id + "/reports/cases-by-unit/run");
		hands.choose(admin, admin.getByLabel("Today's structure"));
		hands.click(admin, button(admin, "Run the report"));
		assertThat(row(admin, "Highway Assets")).containsText("4");
		assertThat(admin.locator("#report")).not().containsText("Street Lighting");
		hands.checkAccessibility(admin);
	}

	/**
	 * The add-unit and close pages' error states, and the rename page (axe on the
	 * keyboard's way).
	 */
	private void unitPagesRefuseWhatIsMissing(AdminPublishJourneyBrowserTests.Hands hands, Page admin) {
		hands.click(admin, admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a unit")));
		hands.click(admin, button(admin, "Add unit"));
		assertThat(admin.locator(".govuk-error-summary a[href='#name']")).hasText("Enter the unit’s name");
		assertThat(admin.locator(".govuk-error-summary a[href='#type']"))
			.hasText("Select whether it is a directorate, a service or a team");
		hands.checkAccessibility(admin);
		String unit = this.tenant.admin() + "/organisation/units/archives-team";
		admin.navigate(unit + "/close");
		hands.click(admin, button(admin, "Close unit"));
		assertThat(admin.locator(".govuk-error-summary a[href='#to']"))
			.hasText("Enter the last day the unit exists, like 31 3 2027");
		hands.checkAccessibility(admin);
		admin.navigate(unit + "/rename");
		assertThat(admin.getByLabel("Name")).hasValue("Record Office and Archives");
		hands.checkAccessibility(admin);
	}

	private static List<String> teams(Page page) {
		return page.getByLabel("Team").locator("option").allInnerTexts();
	}

	private static Locator row(Page page, String unit) {
		return page.locator("#report tr", new Page.LocatorOptions().setHasText(unit));
	}

	private static ObjectNode casesByUnit() {
		return (ObjectNode) JSON.readTree("""
				{"kind": "report", "id": "cases-by-unit", "title": "Cases by unit", "spec": {
				  "description": "Every case, by the unit it is about.",
				  "dimensions": [{"id": "unit", "label": "Unit", "field": "orgUnit"}],
				  "measures": [{"id": "cases", "label": "Cases", "type": "count"}]}}
				""");
	}

	private void moveTo(String instant) {
		this.clock.advance(Duration.between(this.clock.instant(), Instant.parse(instant)));
	}

	private static Locator heading(Page page) {
		return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
	}

	private static Locator link(Page page, String name) {
		return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name));
	}

	private static Locator button(Page page, String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

}
