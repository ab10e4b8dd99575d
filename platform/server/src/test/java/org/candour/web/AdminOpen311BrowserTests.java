package org.candour.web;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A county administrator gives FixMyStreet a key on the Open311 page and revokes it: with
 * the keyboard alone, and with the mouse and no JavaScript; an empty name is refused on
 * the field; the key is shown once; an auditor reads the page and changes nothing. Axe on
 * every page, the error state included.
 */
@CandourWebTest
@ExtendWith(Browsers.class)
class AdminOpen311BrowserTests {

	@Autowired
	AdminTenants adminTenants;

	@Test
	void withTheKeyboardAlone(Page page) {
		AdminTenant tenant = this.adminTenants.county();
		OfficerSignIn.as(page, tenant.id, AdminTenant.ADMIN);
		page.navigate(tenant.admin());
		Keyboard.press(page, page.locator("#open311-link"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Open311");
		assertThat(page.locator("#endpoint")).hasText("/open311/" + tenant.id + "/v2/");
		assertThat(page.locator("#services")).containsText("highways-problem");
		assertThat(page.locator("#no-clients")).isVisible();
		Accessibility.assertNoViolations(page);

		Keyboard.press(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Make a key")));
		assertThat(page.locator(".govuk-error-summary a[href='#name']"))
			.hasText("Enter a name for the client, like FixMyStreet");
		Accessibility.assertNoViolations(page);

		Keyboard.tabTo(page, page.getByLabel("Name of the client"));
		page.keyboard().type("FixMyStreet");
		page.waitForNavigation(() -> page.keyboard().press("Enter"));
		assertThat(page.locator("#new-key")).containsText("Key for FixMyStreet");
		assertThat(page.locator("#key")).hasText(java.util.regex.Pattern.compile("^o311_\\S{40,}$"));
		assertThat(page.locator("#clients")).containsText("Working");
		Accessibility.assertNoViolations(page);

		page.navigate(tenant.admin() + "/open311");
		// the key is shown once
		assertThat(page.locator("#key")).hasCount(0);
		Keyboard.press(page, page.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Revoke the key of FixMyStreet").setExact(true)));
		assertThat(page.locator("#done")).containsText("Key revoked");
		assertThat(page.locator("#clients")).containsText("Revoked");
		Accessibility.assertNoViolations(page);
	}

	@Test
	void withTheMouseAndWithoutJavaScript(@WithoutJavaScript Page page, @WithoutJavaScript Page auditor) {
		AdminTenant tenant = this.adminTenants.county();
		OfficerSignIn.as(page, tenant.id, AdminTenant.ADMIN);
		page.navigate(tenant.admin() + "/open311");
		page.getByLabel("Name of the client").fill("FixMyStreet staging");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Make a key")).click();
		assertThat(page.locator("#key")).isVisible();

		OfficerSignIn.as(auditor, tenant.id, AdminTenant.AUDITOR);
		auditor.navigate(tenant.admin() + "/open311");
		assertThat(auditor.locator("#clients")).containsText("FixMyStreet staging");
		assertThat(auditor.locator("#new-client")).hasCount(0);
		assertThat(auditor.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Revoke the key of FixMyStreet staging")))
			.hasCount(0);

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Revoke the key of FixMyStreet staging"))
			.click();
		assertThat(page.locator("#done")).containsText("Key revoked");
	}

}
