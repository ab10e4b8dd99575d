package org.candour.web;

import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.candour.config.DraftDocument;
import org.candour.config.DraftManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A tenant administrator of a county council tenant in Chromium: changes the
 * acknowledgement email's subject, sees it previewed with a sample case, and is stopped
 * with a message linked to the subject when it uses a placeholder Candour does not fill;
 * then the branding and code list pages, their error states and the conflict page. axe
 * finds nothing on any of these pages.
 */
@CandourWebTest
@ExtendWith(Browsers.class)
class AdminTemplatesBrowserTests {

	@Autowired
	DraftManagement drafts;

	@Autowired
	AdminTenants adminTenants;

	AdminTenant tenant;

	@BeforeEach
	void countyTenant() {
		this.tenant = this.adminTenants.county();
	}

	@Test
	void anAdministratorChangesTheAcknowledgementSubjectPreviewsItAndIsStoppedByAnUnknownPlaceholder(Page page,
			Browsers.Screenshots screenshots) {
		OfficerSignIn.as(page, this.tenant.id, AdminTenant.ADMIN);
		page.navigate(this.tenant.admin() + "/feedback-types/compliment");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Acknowledgement and other templates"))
			.click();
		assertThat(page.locator("#templates")).containsText("Acknowledges new ‘Compliment’ cases");
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "1-templates");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Compliment received")).click();
		assertThat(page.locator("#placeholders")).containsText("{{data.details}}");
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "2-edit");

		page.getByLabel("Subject").fill("Thanks for your kind words {{reference}}");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and preview")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Preview with a sample case");
		assertThat(page.locator(".candour-preview-subject"))
			.hasText(Pattern.compile("^Thanks for your kind words CPL-\\d{4}-000123$"));
		assertThat(page.locator(".candour-preview-body")).containsText("You can check progress at any time: http");
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "3-preview");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change the template")).click();
		page.getByLabel("Subject").fill("Thanks {{refrence}}");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and preview")).click();
		assertThat(page).hasTitle(Pattern.compile("^Error: "));
		assertThat(page.locator(".govuk-error-summary a[href='#subjectEn']"))
			.containsText("'{{refrence}}' is not a placeholder Candour fills");
		assertThat(page.locator("#subjectEn-error")).containsText("is not a placeholder");
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "4-unknown-placeholder");
		page.locator(".govuk-error-summary a[href='#subjectEn']").click();
		assertThat(page.locator("#subjectEn")).isFocused();
	}

	@Test
	void theOtherNewPagesAndTheirErrorStatesPassAxe(Page page) {
		String admin = this.tenant.admin();
		OfficerSignIn.as(page, this.tenant.id, AdminTenant.ADMIN);
		for (String path : new String[] { "/templates", "/templates/new", "/branding", "/code-lists",
				"/code-lists/outcomes", "/code-lists/outcomes/new-value", "/code-lists/outcomes/values/upheld",
				"/code-lists/outcomes/values/upheld/delete" }) {
			page.navigate(admin + path);
			assertThat(page.locator("h1")).isVisible();
			Accessibility.assertNoViolations(page);
		}

		page.navigate(admin + "/templates/new");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create template")).click();
		assertThat(page.locator(".govuk-error-summary")).containsText("Enter a name for the template");
		Accessibility.assertNoViolations(page);

		page.navigate(admin + "/templates/comment-received");
		page.locator("#bodyEn").fill("Dear {{data.favouriteColour}}");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and preview")).click();
		assertThat(page.locator("#warnings")).containsText("is always blank");
		Accessibility.assertNoViolations(page);

		page.navigate(admin + "/branding");
		page.getByLabel("Brand colour").fill("#ffdd00");
		page.getByLabel("Privacy notice address").fill("");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save branding")).click();
		assertThat(page.locator(".govuk-error-summary")).containsText("Enter the address of your privacy notice");
		assertThat(page.locator("#contrast")).containsText("less than 4.5:1");
		Accessibility.assertNoViolations(page);

		page.navigate(admin + "/code-lists/outcomes/new-value");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add value")).click();
		assertThat(page.locator(".govuk-error-summary")).containsText("Enter a code");
		Accessibility.assertNoViolations(page);

		// the refusal to delete a value in use: the delete form of a value nothing uses,
		// sent for one the configuration uses
		page.getByLabel("Code").fill("spare");
		page.getByLabel("Label").fill("Spare");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add value")).click();
		page.navigate(admin + "/code-lists/outcomes/values/spare/delete");
		page.locator("form[action$='/delete']")
			.evaluate("form => { form.action = form.action.replace('/spare/', '/upheld/'); }");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete value")).click();
		assertThat(page.locator(".govuk-error-summary")).containsText("You cannot delete ‘Upheld’");
		Accessibility.assertNoViolations(page);

		page.navigate(admin + "/templates/comment-received");
		this.tenant.inTenant(() -> {
			ObjectNode changed = this.drafts.get("notification-template", "comment-received").content().deepCopy();
			changed.put("title", "Changed meanwhile");
			return this.drafts.put(new DraftDocument("notification-template", "comment-received", changed));
		});
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and preview")).click();
		assertThat(page.locator("h1")).hasText("Someone else changed this template while you were editing it");
		Accessibility.assertNoViolations(page);
	}

}
