package org.candour.web;

import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Signs a member of staff in through the embedded authorization server, the way they do
 * it in a browser, and leaves the page wherever sign-in lands.
 */
final class OfficerSignIn {

	static final String PASSWORD = "demo-password";

	private OfficerSignIn() {
	}

	static void as(Page page, String tenant, String user) {
		page.navigate("/t/" + tenant + "/login");
		page.getByLabel("Username").fill(user);
		page.getByLabel("Password").fill(PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		assertThat(page).not().hasURL(Pattern.compile("/login"));
	}

}
