package org.candour.web;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.candour.config.DraftDocument;
import org.candour.config.DraftManagement;
import org.candour.packs.PackExport;
import org.candour.tenancy.TenantContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A tenant administrator in a real browser: signs in, reads the draft's state, creates a
 * feedback type and lands on its task list; every administration page (the form builder's
 * and the pack import's included), its error state and the conflict page are free of
 * accessibility violations.
 */
@CandourWebTest
@ExtendWith(Browsers.class)
class AdminBrowserTests {

	@Autowired
	DraftManagement drafts;

	@Autowired
	AdminTenants adminTenants;

	@Autowired
	PackExport export;

	AdminTenant tenant;

	@BeforeEach
	void countyTenant() {
		this.tenant = this.adminTenants.county();
	}

	@Test
	void aTenantAdministratorCreatesAFeedbackTypeAndSeesItsTaskList(Page page, Browsers.Screenshots screenshots) {
		OfficerSignIn.as(page, this.tenant.id, AdminTenant.ADMIN);
		assertThat(page).hasURL(Pattern.compile(this.tenant.admin() + "$"));
		assertThat(heading(page)).hasText("Administration");
		assertThat(page.locator("#draft-state")).hasText("No changes since version 1, no errors");
		assertThat(page.locator(".govuk-header")).containsText("North Shire County Council");
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "home");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Create a feedback type")).click();
		assertThat(heading(page)).hasText("Create a feedback type");
		Accessibility.assertNoViolations(page);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create feedback type")).click();
		assertThat(page).hasTitle(Pattern.compile("^Error: Create a feedback type"));
		assertThat(page.locator(".govuk-error-summary")).containsText("Enter a title");
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "create-errors");
		page.locator(".govuk-error-summary a").first().click();
		assertThat(page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true))).isFocused();

		page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).fill("Noise complaint");
		page.getByLabel("Complaint", new Page.GetByLabelOptions().setExact(true)).check();
		page.getByLabel("Residents and staff: offered on the public pages").check();
		page.getByLabel("Reference prefix (optional)").fill("NOISE");
		page.getByLabel("Retention period in months (optional)").fill("72");
		page.getByLabel("Acknowledgement template (optional)").selectOption("complaint-acknowledgement");
		page.getByLabel("Form", new Page.GetByLabelOptions().setExact(true)).selectOption("complaint-form");
		page.getByLabel("Make a copy of this form for the new feedback type").check();
		page.getByLabel("Workflow", new Page.GetByLabelOptions().setExact(true)).selectOption("complaint-stage-1");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create feedback type")).click();

		assertThat(page).hasURL(Pattern.compile(this.tenant.admin() + "/feedback-types/noise-complaint$"));
		assertThat(heading(page)).hasText("Noise complaint");
		assertThat(page.locator("#details-status")).hasText("In progress");
		assertThat(page.locator("#timescales-status")).hasText("Completed");
		assertThat(page.locator("#publish-status")).hasText("Not started");
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "task-list");

		for (String path : new String[] { "/feedback-types", "/feedback-types/noise-complaint/details",
				"/feedback-types/noise-complaint/copy", "/feedback-types/noise-complaint/retire",
				"/feedback-types/noise-complaint/workflow", "/feedback-types/noise-complaint/form", "/versions",
				"/check" }) {
			page.navigate(this.tenant.admin() + path);
			assertThat(heading(page)).isVisible();
			Accessibility.assertNoViolations(page);
		}
		page.navigate(this.tenant.admin());
		assertThat(page.locator("#draft-state")).hasText("2 changes since version 1, no errors");
	}

	@Test
	void theConflictPageAndTheCheckPageWithProblemsAreAccessible(Page page, Browsers.Screenshots screenshots) {
		OfficerSignIn.as(page, this.tenant.id, AdminTenant.ADMIN);
		page.navigate(this.tenant.admin() + "/feedback-types/compliment/details");
		this.tenant.inTenant(() -> {
			ObjectNode type = this.drafts.get("feedback-type", "compliment").content().deepCopy();
			type.put("title", "Changed by someone else");
			((ObjectNode) type.get("spec")).put("acknowledgementTemplate", "no-such-template");
			return this.drafts.put(new DraftDocument("feedback-type", "compliment", type));
		});
		page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).fill("My change");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save details")).click();
		assertThat(heading(page)).hasText("Someone else changed this feedback type while you were editing it");
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "conflict");
		page.locator("#reload").click();
		assertThat(page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)))
			.hasValue("Changed by someone else");

		page.navigate(this.tenant.admin() + "/check");
		assertThat(page.locator(".govuk-error-summary")).containsText("Changed by someone else");
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "check-with-problems");
	}

	@Test
	void anAdministratorReadsTheChangesInWordsPublishesThemAndRollsBack(Page page, Browsers.Screenshots screenshots) {
		this.tenant.inTenant(() -> {
			ObjectNode type = this.drafts.get("feedback-type", "compliment").content().deepCopy();
			type.put("title", "Say thank you");
			return this.drafts.put(new DraftDocument("feedback-type", "compliment", type));
		});
		OfficerSignIn.as(page, this.tenant.id, AdminTenant.ADMIN);
		page.navigate(this.tenant.admin() + "/check");
		assertThat(page.locator("#draft-state")).hasText("1 change since version 1, no errors");
		assertThat(page.locator(".candour-change-sentences")).containsText("Say thank you");
		page.getByText("Details (JSON Patch)").click();
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "check-changes");

		page.getByLabel("What changed and why (optional)").fill("x".repeat(501));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish")).click();
		assertThat(page).hasTitle(Pattern.compile("^Error: Check and publish"));
		Accessibility.assertNoViolations(page);
		page.getByLabel("What changed and why (optional)").fill("Friendlier name");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish")).click();
		assertThat(heading(page)).hasText("Version 2 is live");
		Accessibility.assertNoViolations(page);

		page.navigate(this.tenant.admin() + "/versions");
		assertThat(page.locator("#versions")).containsText("Friendlier name");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Roll back to it (version 1)")).click();
		assertThat(heading(page)).hasText("Roll back to version 1?");
		Accessibility.assertNoViolations(page);
		page.navigate(this.tenant.admin() + "/versions/1/draft");
		Accessibility.assertNoViolations(page);

		page.navigate(this.tenant.admin() + "/approval-rule");
		assertThat(heading(page)).hasText("Must a second administrator approve each publication?");
		Accessibility.assertNoViolations(page);
		page.getByLabel("Yes, a second administrator approves").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ask for approval")))
			.isVisible();
		Accessibility.assertNoViolations(page);

		page.navigate(this.tenant.admin() + "/approval-rule");
		page.getByLabel("No, an administrator publishes alone").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
		assertThat(page.locator(".govuk-error-summary"))
			.containsText("Only a platform administrator can turn the two-person rule off");
		Accessibility.assertNoViolations(page);
	}

	@Test
	void theFormBuilderPagesTheirErrorsAndTheirConflictAreAccessible(Page page, Browsers.Screenshots screenshots) {
		OfficerSignIn.as(page, this.tenant.id, AdminTenant.ADMIN);
		String form = this.tenant.admin() + "/feedback-types/compliment/form";
		page.navigate(form);
		assertThat(heading(page)).hasText("Form");
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "form");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add a question to page 1")).click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
		assertThat(page.locator(".govuk-error-summary")).containsText("Select the kind of question");
		Accessibility.assertNoViolations(page);
		page.getByLabel("Long text").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add question")).click();
		assertThat(page).hasTitle(Pattern.compile("^Error: Add a question"));
		Accessibility.assertNoViolations(page);
		page.locator(".govuk-error-summary a").first().click();
		assertThat(page.getByLabel("Question", new Page.GetByLabelOptions().setExact(true))).isFocused();
		page.getByLabel("Question", new Page.GetByLabelOptions().setExact(true)).fill("How did we help you?");
		page.getByLabel("Residents must answer this question").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add question")).click();
		assertThat(page.locator("#success")).hasText("Question ‘How did we help you?’ added to page 1");
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "form-question-added");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change How did we help you?")).click();
		assertThat(heading(page)).hasText("Change a question");
		Accessibility.assertNoViolations(page);
		page.navigate(form + "/pages/2/delete");
		assertThat(heading(page)).hasText("Delete page 2?");
		Accessibility.assertNoViolations(page);
		page.navigate(form + "/questions/staffMember/page");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Move question")).click();
		assertThat(page.locator(".govuk-error-summary")).containsText("The question is already on page 2");
		Accessibility.assertNoViolations(page);
		page.navigate(form + "/pages/1/questions/new/number");
		page.getByLabel("Question", new Page.GetByLabelOptions().setExact(true)).fill("How many staff helped you?");
		page.getByLabel("Smallest answer allowed (optional)").fill("none");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add question")).click();
		assertThat(page.locator(".govuk-error-summary")).containsText("Enter the minimum as a number, like 0");
		Accessibility.assertNoViolations(page);
		page.navigate(form + "/pages/1/questions/new/file");
		assertThat(page.getByText("Types of file residents may upload")).isVisible();
		Accessibility.assertNoViolations(page);
		page.navigate(form + "/questions/summary/delete");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete question")).click();
		assertThat(page.locator(".govuk-error-summary")).containsText("There is a problem");
		Accessibility.assertNoViolations(page);

		page.navigate(form + "/questions/staffMember");
		this.tenant.inTenant(() -> {
			ObjectNode changed = this.drafts.get("form", "compliment-form").content().deepCopy();
			changed.put("title", "Changed by someone else");
			return this.drafts.put(new DraftDocument("form", "compliment-form", changed));
		});
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save question")).click();
		assertThat(heading(page)).hasText("Someone else changed this form while you were editing it");
		Accessibility.assertNoViolations(page);
	}

	@Test
	void theStaffQuestionPagesAndTheirErrorsAreAccessible(Page page) {
		OfficerSignIn.as(page, this.tenant.id, AdminTenant.ADMIN);
		String form = this.tenant.admin() + "/feedback-types/compliment/form";
		page.navigate(form);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add a question staff record")).click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
		assertThat(page.locator(".govuk-error-summary")).containsText("Select the kind of question");
		Accessibility.assertNoViolations(page);
		page.getByLabel("Long text").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
		page.getByLabel("Question", new Page.GetByLabelOptions().setExact(true)).fill("What the manager did with it");
		page.getByLabel("Character limit", new Page.GetByLabelOptions().setExact(true)).fill("100");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add question")).click();
		assertThat(page.locator(".govuk-error-summary")).containsText("at least 500");
		Accessibility.assertNoViolations(page);
		page.getByLabel("Character limit", new Page.GetByLabelOptions().setExact(true)).fill("2000");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add question")).click();
		assertThat(page.locator("#success"))
			.hasText("Question ‘What the manager did with it’ added for staff to record");
		Accessibility.assertNoViolations(page);

		page.navigate(form + "/questions/staffMember");
		page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Take this question off its page so that only staff record it"))
			.click();
		assertThat(heading(page)).hasText("Take this question off its page?");
		Accessibility.assertNoViolations(page);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Take it off its page")).click();
		assertThat(page.locator("#success")).containsText("only staff record it now");
		page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Change Name of the member of staff (if you know it)"))
			.click();
		assertThat(page.locator("#staff-only")).isVisible();
		Accessibility.assertNoViolations(page);
		page.navigate(form + "/questions/staffMember/page");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ask on this page")).click();
		assertThat(page.locator(".govuk-error-summary")).containsText("Select the page to ask the question on");
		Accessibility.assertNoViolations(page);
		page.navigate(form + "/questions/email/staff");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Take it off its page")).click();
		assertThat(page.locator(".govuk-error-summary")).containsText("is a contact detail");
		Accessibility.assertNoViolations(page);
	}

	@Test
	void theConditionAndWelshPagesAndTheirErrorsAreAccessible(Page page) {
		TenantContext.runAs(this.tenant.current(), () -> {
			ObjectNode branding = this.drafts.get("branding", "public-pages").content().deepCopy();
			((ObjectNode) branding.path("spec")).put("welsh", true);
			this.drafts.put(new DraftDocument("branding", "public-pages", branding));
		});
		OfficerSignIn.as(page, this.tenant.id, AdminTenant.ADMIN);
		String form = this.tenant.admin() + "/feedback-types/compliment/form";
		page.navigate(form + "/questions/summary/condition");
		assertThat(heading(page)).hasText("When is this question asked?");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add another condition")).click();
		assertThat(page.locator("#row-2")).isVisible();
		Accessibility.assertNoViolations(page);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save condition")).click();
		assertThat(page).hasTitle(Pattern.compile("^Error: Condition"));
		Accessibility.assertNoViolations(page);
		page.locator(".govuk-error-summary a").first().click();
		assertThat(page.locator("[id='rows[0].question']")).isFocused();
		page.locator("[id='rows[0].question']").selectOption("service");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show the answers for condition 1"))
			.click();
		page.getByLabel("Trading Standards").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save condition")).click();
		assertThat(page.locator("#success")).hasText("Condition saved for ‘Summary of your compliment’");
		assertThat(page.locator("#welsh-missing")).containsText("questions have no Welsh");
		Accessibility.assertNoViolations(page);
		page.navigate(form + "/questions/service/welsh");
		assertThat(heading(page)).hasText("Welsh of a question");
		Accessibility.assertNoViolations(page);
		page.navigate(this.tenant.admin() + "/feedback-types/complaint-stage-1/form/pages/1/welsh");
		assertThat(heading(page)).hasText("Welsh of the heading of page 1");
		assertThat(page.locator("input[lang='cy']")).hasCount(1);
		Accessibility.assertNoViolations(page);

		page.navigate(form + "/questions/details/condition");
		page.locator("[id='rows[0].question']").selectOption("summary");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show the answers for condition 1"))
			.click();
		page.locator("[id='rows[0].values']").fill("Thanks");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add another condition")).click();
		Locator showSecond = page.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Show the answers for condition 2"));
		if (showSecond.count() > 0) {
			showSecond.click();
		}
		page.getByLabel("Any of these conditions is true").check();
		page.locator("[id='rows[1].values']").fill("Cheers");
		// Enter in a field saves the condition; it never removes a row
		page.locator("[id='rows[1].values']").press("Enter");
		assertThat(page.locator("#success")).hasText("Condition saved for ‘What would you like to tell us?’");
		assertThat(page.locator("#condition-details")).containsText("Cheers");
		assertThat(page.locator("#condition-details")).containsText("Thanks");
	}

	@Test
	void theJsonViewAndItsErrorStateAreAccessible(Page page) {
		OfficerSignIn.as(page, this.tenant.id, AdminTenant.ADMIN);
		page.navigate(this.tenant.admin() + "/documents");
		assertThat(heading(page)).hasText("Configuration as JSON");
		Accessibility.assertNoViolations(page);
		page.locator("a[href$='/documents/feedback-type/compliment']").click();
		assertThat(heading(page)).hasText("Compliment");
		Accessibility.assertNoViolations(page);
		page.getByLabel("The document as JSON").fill("{ not json");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save in the draft")).click();
		assertThat(page.locator(".govuk-error-summary")).containsText("This is not JSON");
		Accessibility.assertNoViolations(page);
	}

	@Test
	void theImportOfAPackItsErrorStateAndItsDryRunAreAccessible(Page page) {
		byte[] exported = this.tenant.inTenant(() -> this.export.draft().zip());
		this.tenant.inTenant(() -> {
			ObjectNode type = (ObjectNode) this.drafts.get("feedback-type", "compliment").content().deepCopy();
			return this.drafts.put(new DraftDocument("feedback-type", "compliment", type.put("title", "Thanks")));
		});
		OfficerSignIn.as(page, this.tenant.id, AdminTenant.ADMIN);
		page.navigate(this.tenant.admin() + "/documents");
		page.getByText("Import a configuration pack into the draft").click();
		assertThat(heading(page)).hasText("Import a configuration pack into the draft");
		Accessibility.assertNoViolations(page);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check what the pack changes")).click();
		assertThat(page.locator(".govuk-error-summary")).containsText("Select a pack zip file");
		Accessibility.assertNoViolations(page);
		page.getByLabel("A pack zip file")
			.setInputFiles(new FilePayload("huge.zip", "application/zip", new byte[11 * 1024 * 1024]));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check what the pack changes")).click();
		assertThat(page.locator(".govuk-error-summary")).containsText("The file must be smaller than 10 MB");
		assertThat(page.locator("#zip-error")).containsText("The file must be smaller than 10 MB");
		Accessibility.assertNoViolations(page);
		page.getByLabel("A pack zip file").setInputFiles(new FilePayload("pack.zip", "application/zip", exported));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check what the pack changes")).click();
		assertThat(heading(page)).hasText("Check what the pack changes in the draft");
		assertThat(page.locator("#change-counts")).hasText("Documents: 1 changed");
		Accessibility.assertNoViolations(page);
	}

	@Test
	void thePreviewOfTheDraftFormWorksByKeyboardAndItAnInvalidPreviewLinkAndADraftWithProblemsAreAccessible(Page page) {
		OfficerSignIn.as(page, this.tenant.id, AdminTenant.ADMIN);
		page.navigate(this.tenant.admin() + "/feedback-types/compliment/preview");
		assertThat(page.locator("#preview-banner")).containsText("Preview");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create a link")).click();
		assertThat(page.locator("#shared-url")).hasValue(Pattern.compile("/t/" + this.tenant.id + "/preview/"));
		Accessibility.assertNoViolations(page);
		Keyboard.press(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the preview")));
		Keyboard.press(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")));
		assertThat(page.locator(".govuk-error-summary")).isVisible();
		assertThat(page.locator("#preview-banner")).containsText("nothing you enter is stored");
		Accessibility.assertNoViolations(page);
		page.navigate("/t/" + this.tenant.id + "/preview/not-a-token");
		assertThat(heading(page)).hasText("This preview link has expired or is not valid");
		Accessibility.assertNoViolations(page);

		this.tenant.inTenant(() -> {
			ObjectNode form = this.drafts.get("form", "compliment-form").content().deepCopy();
			((ObjectNode) form.at("/spec/schema/properties")).putObject("theme")
				.put("type", "string")
				.put("title", "Theme")
				.put("codeList", "no-such-list");
			return this.drafts.put(new DraftDocument("form", "compliment-form", form));
		});
		page.navigate(this.tenant.admin() + "/feedback-types/compliment/preview");
		assertThat(heading(page)).hasText("The draft has problems to fix before this form can be previewed");
		Accessibility.assertNoViolations(page);
		Keyboard.press(page, page.locator("#check-link"));
		assertThat(page).hasURL(Pattern.compile(this.tenant.admin() + "/check$"));
	}

	@Test
	void anAuditorSeesThePagesReadOnly(Page page) {
		OfficerSignIn.as(page, this.tenant.id, AdminTenant.AUDITOR);
		page.navigate(this.tenant.admin() + "/feedback-types/compliment/details");
		assertThat(page.getByText("Read only")).isVisible();
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save details"))).not()
			.isAttached();
		Accessibility.assertNoViolations(page);
	}

	private static com.microsoft.playwright.Locator heading(Page page) {
		return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
	}

}
