package org.candour.web;

import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.candour.tenancy.TenantManagement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The platform administrator's journey in a browser, with axe on every page, errors
 * included: sign in, create a tenant from the county council pack after reading its dry
 * run, appoint its tenant administrator (an unknown user refused first), and that
 * administrator, in a browser of their own, signs in to the tenant and sees a feedback
 * type's task list.
 */
@CandourWebTest
@ExtendWith(Browsers.class)
class PlatformAdminBrowserTests {

	static final String ADMINISTRATOR = "tenant-admin@demo-county";

	@Autowired
	TenantManagement tenants;

	@Test
	void createsATenantFromTheCountyPackAfterItsDryRunAndItsAppointedAdministratorSeesTheTaskList(Page page,
			Page administrator, Browsers.Screenshots screenshots) {
		String id = "shire-" + UUID.randomUUID().toString().substring(0, 8);
		page.navigate("/platform");
		page.getByLabel("Username").fill("admin@candour");
		page.getByLabel("Password").fill(OfficerSignIn.PASSWORD);
		click(page, AriaRole.BUTTON, "Sign in");
		assertThat(page).hasURL(Pattern.compile("/platform(\\?continue)?$"));
		checked(page, screenshots, "tenants");

		click(page, AriaRole.LINK, "Create a tenant");
		assertThat(page).hasURL(Pattern.compile("/platform/tenants/new$"));
		checked(page, screenshots, "new-tenant");
		click(page, AriaRole.BUTTON, "Continue");
		assertThat(page).hasTitle("Error: Create a tenant – Candour platform");
		assertThat(page.locator(".govuk-error-summary")).containsText("Enter an id for the tenant");
		checked(page, screenshots, "new-tenant-errors");
		page.locator(".govuk-error-summary a[href='#id']").click();
		assertThat(page.locator("#id")).isFocused();

		page.getByLabel("Id", new Page.GetByLabelOptions().setExact(true)).fill(id);
		page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("East Shire County Council");
		page.getByLabel("Council", new Page.GetByLabelOptions().setExact(true)).check();
		page.getByLabel("England and Wales").check();
		page.getByLabel("County council").check();
		click(page, AriaRole.BUTTON, "Continue");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Check the new tenant before you create it");
		assertThat(page.locator("#changes")).containsText("Compliment");
		assertThat(page.locator("#change-counts")).containsText("added");
		checked(page, screenshots, "dry-run");
		org.assertj.core.api.Assertions.assertThat(this.tenants.find(id)).as("the dry run created nothing").isEmpty();

		click(page, AriaRole.BUTTON, "Create the tenant and deploy the pack");
		assertThat(page).hasURL(Pattern.compile("/platform/tenants/" + id + "$"));
		assertThat(page.locator("#done"))
			.containsText("East Shire County Council has been created with County council");
		assertThat(page.locator("#live-version")).hasText("Version 1");
		checked(page, screenshots, "tenant");

		click(page, AriaRole.LINK, "Appoint a tenant administrator");
		checked(page, screenshots, "appoint");
		page.getByLabel("User id").fill("someone@nowhere");
		click(page, AriaRole.BUTTON, "Appoint as tenant administrator");
		assertThat(page.locator(".govuk-error-summary")).containsText("No one can sign in as someone@nowhere");
		checked(page, screenshots, "appoint-unknown-user");
		page.getByLabel("User id").fill(ADMINISTRATOR);
		click(page, AriaRole.BUTTON, "Appoint as tenant administrator");
		assertThat(page.locator("#administrators")).containsText(ADMINISTRATOR);

		click(page, AriaRole.LINK, "Deploy a configuration pack");
		checked(page, screenshots, "deploy");
		click(page, AriaRole.BUTTON, "Check what it changes");
		assertThat(page.locator(".govuk-error-summary")).containsText("Select a configuration pack");
		checked(page, screenshots, "deploy-errors");
		page.getByLabel("Riverside Unitary Council").check();
		click(page, AriaRole.BUTTON, "Check what it changes");
		assertThat(page.locator("#changes")).containsText("Removed");
		checked(page, screenshots, "deploy-dry-run");
		click(page, AriaRole.LINK, "Cancel");
		page.navigate("/platform/tenants/" + id + "/suspend");
		checked(page, screenshots, "suspend");

		administrator.navigate("/t/" + id + "/login");
		administrator.getByLabel("Username").fill(ADMINISTRATOR);
		administrator.getByLabel("Password").fill(OfficerSignIn.PASSWORD);
		click(administrator, AriaRole.BUTTON, "Sign in");
		assertThat(administrator).hasURL(Pattern.compile("/t/" + id + "/admin$"));
		assertThat(administrator.locator(".govuk-header")).containsText("North Shire County Council");
		click(administrator, AriaRole.LINK, "Compliment");
		assertThat(administrator.locator(".govuk-task-list")).isVisible();
		assertThat(administrator.locator(".govuk-task-list")).containsText("Check and publish");
		checked(administrator, screenshots, "task-list");
	}

	private static void click(Page page, AriaRole role, String name) {
		page.getByRole(role, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
	}

	private static void checked(Page page, Browsers.Screenshots screenshots, String name) {
		Accessibility.assertNoViolations(page);
		screenshots.save(page, name);
	}

}
