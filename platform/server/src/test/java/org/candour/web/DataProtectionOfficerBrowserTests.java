package org.candour.web;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A data protection officer (the base pack's role {@code data-protection-officer}) signs
 * in to the subject access page, whose menu offers the privacy pages only, searches for a
 * person and reads the disposal dry run; the rest of the administration and the casework
 * are refused. Axe on each page.
 */
@CandourWebTest
@ExtendWith(Browsers.class)
class DataProtectionOfficerBrowserTests {

	@Autowired
	AdminTenants adminTenants;

	@Test
	void aDataProtectionOfficerLandsOnSubjectAccessAndSeesOnlyThePrivacyPages(Page page) {
		AdminTenant tenant = this.adminTenants.county();
		OfficerSignIn.as(page, tenant.id, AdminTenant.DATA_PROTECTION);

		assertThat(page).hasURL(java.util.regex.Pattern.compile("/t/" + tenant.id + "/admin/subject-access$"));
		assertThat(page.locator("#admin-navigation a"))
			.hasText(new String[] { "Subject access and erasure", "Retention and disposal" });
		assertThat(page.locator("#search")).isVisible();
		Accessibility.assertNoViolations(page);

		page.locator("#email").fill("nobody@example.org");
		Keyboard.press(page, page.locator("#search button"));
		assertThat(page.locator("#nothing-found")).isVisible();
		Accessibility.assertNoViolations(page);

		Keyboard.press(page, page.locator("#retention-nav"));
		assertThat(page.locator("h1")).isVisible();
		Accessibility.assertNoViolations(page);

		Response admin = page.navigate("/t/" + tenant.id + "/admin");
		assertThat(admin.status()).isEqualTo(403);
		Response work = page.navigate("/t/" + tenant.id + "/work");
		assertThat(work.status()).isEqualTo(403);
	}

}
