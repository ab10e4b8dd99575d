package org.candour.web;

import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.candour.cases.CaseIntake;
import org.candour.cases.LogCase;
import org.candour.config.DraftDocument;
import org.candour.config.DraftManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A county council's tenant administrator, in Chromium, gives a custom role limited to
 * the children's feedback types (a role document added to the draft and published: there
 * is no role editor page yet) to a new member on the members pages, once with the
 * keyboard alone (axe on every page, the error state included) and once with the mouse
 * and JavaScript off; that member then signs in and sees only the children's case, in the
 * queue and by its address.
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
	DraftManagement drafts;

	@Autowired
	CaseIntake intake;

	AdminTenant tenant;

	String childrens;

	String compliment;

	@BeforeEach
	void countyTenantWithAChildrensRoleAndTwoCases() {
		this.tenant = this.adminTenants.county();
		ObjectNode role = JSON.createObjectNode();
		role.put("kind", "role").put("id", "childrens-officer").put("title", "Complaints officer — childrens");
		role.putObject("spec")
			.put("baseRole", "OFFICER")
			.putObject("limits")
			.putArray("feedbackTypes")
			.add("childrens-stage-1")
			.add("childrens-stage-2")
			.add("childrens-stage-3");
		this.tenant.inTenant(() -> this.drafts.put(new DraftDocument("role", "childrens-officer", role)));
		this.tenant.publish("A children's officer role");
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

		hands.choose(page, page.getByLabel(Pattern.compile("^Complaints officer — childrens")));
		hands.click(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add member")));
		assertThat(page.locator("#done")).containsText("Member added");
		assertThat(page.locator("#members")).containsText("Complaints officer — childrens");
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
