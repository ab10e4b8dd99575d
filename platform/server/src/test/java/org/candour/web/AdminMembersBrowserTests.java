package org.candour.web;

import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.candour.cases.CaseIntake;
import org.candour.cases.LogCase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A county council's tenant administrator, in Chromium, adds a custom role limited to the
 * children's feedback types on the role pages, publishes it, and gives it to a new member
 * on the members pages, once with the keyboard alone (axe on every page, the error states
 * included) and once with the mouse and JavaScript off; that member then signs in and
 * sees only the children's case, in the queue and by its address.
 */
@CandourWebTest
@ExtendWith(Browsers.class)
class AdminMembersBrowserTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** A demo user of the embedded server who is no member of the test's tenant yet. */
	private static final String NEWCOMER = "manager@demo-county";

	@Autowired
	AdminTenants adminTenants;

	@Autowired
	CaseIntake intake;

	AdminTenant tenant;

	String childrens;

	String compliment;

	@BeforeEach
	void countyTenantWithTwoCases() {
		this.tenant = this.adminTenants.county();
		this.childrens = log(Map.of("feedbackType", "childrens-stage-1", "channel", "phone", "data",
				Map.of("name", "Pat Doe", "complainantIs", "parent", "service", "other", "summary",
						"No reply from the social worker", "details", "Three calls unanswered.")));
		this.compliment = log(
				Map.of("feedbackType", "compliment", "channel", "phone", "data", Map.of("service", "highways",
						"summary", "Helpful library staff", "details", "Thank you.", "publicationPermission", "no")));
	}

	@Test
	void withTheKeyboardAlone(Page page) {
		givesTheRoleAndTheMemberSeesOnlyChildrensCases(page, AdminPublishJourneyBrowserTests.Hands.KEYBOARD);
	}

	@Test
	void withTheMouseAndWithoutJavaScript(@WithoutJavaScript Page page) {
		givesTheRoleAndTheMemberSeesOnlyChildrensCases(page, AdminPublishJourneyBrowserTests.Hands.MOUSE);
	}

	private void givesTheRoleAndTheMemberSeesOnlyChildrensCases(Page page,
			AdminPublishJourneyBrowserTests.Hands hands) {
		OfficerSignIn.as(page, this.tenant.id, AdminTenant.ADMIN);
		page.navigate(this.tenant.admin());
		hands.click(page, page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Roles").setExact(true)));
		assertThat(heading(page)).hasText("Roles");
		hands.checkAccessibility(page);
		hands.click(page, page.locator("#add-role"));
		hands.fill(page, page.getByLabel("Name"), "Complaints officer — childrens");
		hands.choose(page, page.getByLabel("Equality analyst"));
		hands.choose(page, page.getByLabel("Children's social care complaint"));
		hands.click(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save role")));
		assertThat(page).hasTitle(Pattern.compile("^Error: "));
		assertThat(page.locator(".govuk-error-summary a[href='#feedbackTypes']"))
			.hasText("An equality analyst sees no cases, so the role cannot be limited to feedback types");
		hands.checkAccessibility(page);
		hands.choose(page, page.getByLabel("Officer", new Page.GetByLabelOptions().setExact(true)));
		hands.choose(page, page.getByLabel("Children's complaint stage 2 investigation"));
		hands.choose(page, page.getByLabel("Children's complaint stage 3 review panel"));
		hands.click(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save role")));
		assertThat(page.locator("#done")).containsText("Role saved in the draft");
		assertThat(page.locator("#roles")).containsText("Children's social care complaint, Children's complaint "
				+ "stage 2 investigation, Children's complaint stage 3 review panel");
		hands.checkAccessibility(page);
		page.navigate(this.tenant.admin());
		hands.click(page,
				page.locator("#main-content")
					.getByRole(AriaRole.LINK,
							new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Check and publish")));
		hands.click(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish")));
		assertThat(page.locator("h1")).hasText("Version 2 is live");

		page.navigate(this.tenant.admin());
		hands.click(page,
				page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Members and their roles")));
		assertThat(heading(page)).hasText("Members");
		assertThat(page.locator("#members")).containsText(AdminTenant.OFFICER);
		hands.checkAccessibility(page);

		hands.click(page, page.locator("#add-member"));
		hands.fill(page, page.getByLabel("User name"), NEWCOMER);
		hands.click(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add member")));
		assertThat(page).hasTitle(Pattern.compile("^Error: "));
		assertThat(page.locator(".govuk-error-summary a[href='#roles']")).hasText("Select at least one role");
		hands.checkAccessibility(page);

		hands.choose(page, page.getByLabel(Pattern.compile("^Complaints officer — childrens: Officer, only")));
		hands.click(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add member")));
		assertThat(page.locator("#done")).containsText("Member added");
		assertThat(page.locator("#members tr", new Page.LocatorOptions().setHasText(NEWCOMER)))
			.containsText("Complaints officer — childrens");
		hands.checkAccessibility(page);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();

		OfficerSignIn.as(page, this.tenant.id, NEWCOMER);
		page.navigate("/t/" + this.tenant.id + "/work?queue=all-open");
		assertThat(page.locator("main")).containsText(this.childrens);
		assertThat(page.locator("main")).not().containsText(this.compliment);
		hands.checkAccessibility(page);
		Response refused = page.navigate("/t/" + this.tenant.id + "/cases/" + this.compliment);
		assertThat(refused.status()).isEqualTo(404);
		Response shown = page.navigate("/t/" + this.tenant.id + "/cases/" + this.childrens);
		assertThat(shown.status()).isEqualTo(200);
		hands.checkAccessibility(page);
	}

	private String log(Map<String, Object> command) {
		return this.tenant.inTenant(
				() -> this.intake.log(JSON.convertValue(command, LogCase.class), null).feedbackCase().reference());
	}

	private static com.microsoft.playwright.Locator heading(Page page) {
		return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
	}

}
