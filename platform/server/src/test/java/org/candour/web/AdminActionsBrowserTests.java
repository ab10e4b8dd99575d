package org.candour.web;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.candour.cases.CaseActions;
import org.candour.cases.CaseIntake;
import org.candour.cases.CaseRecords;
import org.candour.cases.CaseReference;
import org.candour.cases.FeedbackCase;
import org.candour.cases.HistoryEntry;
import org.candour.cases.LogCase;
import org.candour.cases.TakeAction;
import org.candour.security.Memberships;
import org.candour.tenancy.TenantContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A tenant administrator of a county council adds a "reopen" action to the stage 1
 * complaint's workflow on its pages (managers only, a reason required, clearing the
 * closure), is refused a guard on a question the form does not have and (with JavaScript,
 * posting what the page never offers) a state or a question that does not exist, reads
 * every transition in words, and publishes; a manager then reopens a closed case of the
 * new version, while a case of the first version keeps its own workflow. Once with the
 * keyboard alone, once with the mouse and JavaScript off; axe on every page, error states
 * included.
 */
@CandourWebTest
@ExtendWith(Browsers.class)
class AdminActionsBrowserTests {

	private static final String MANAGER = "manager@demo-county";

	private static final String REOPEN = "Reopen for a fresh look";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	AdminTenants adminTenants;

	@Autowired
	Memberships memberships;

	@Autowired
	CaseIntake intake;

	@Autowired
	CaseActions actions;

	@Autowired
	CaseRecords records;

	AdminTenant tenant;

	@BeforeEach
	void countyTenant() {
		this.tenant = this.adminTenants.county();
		TenantContext.runAs(this.tenant.current(),
				() -> this.memberships.put(MANAGER, List.of("MANAGER"), List.of(), "admin tests"));
	}

	@Test
	void withTheKeyboardAlone(Page page, Page manager) {
		addsAReopenActionPublishesAndAManagerReopensACase(page, manager, AdminPublishJourneyBrowserTests.Hands.KEYBOARD,
				true);
	}

	@Test
	void withTheMouseAndWithoutJavaScript(@WithoutJavaScript Page page, @WithoutJavaScript Page manager) {
		addsAReopenActionPublishesAndAManagerReopensACase(page, manager, AdminPublishJourneyBrowserTests.Hands.MOUSE,
				false);
	}

	private void addsAReopenActionPublishesAndAManagerReopensACase(Page page, Page manager,
			AdminPublishJourneyBrowserTests.Hands hands, boolean craftedPosts) {
		String before = closedComplaint("Overgrown hedge on Station Road");
		OfficerSignIn.as(page, this.tenant.id, AdminTenant.ADMIN);
		String workflow = this.tenant.admin() + "/feedback-types/complaint-stage-1/workflow";
		page.navigate(workflow);
		hands.click(page, page.locator("#add-action"));
		hands.fill(page, page.getByLabel("Name of the action"), REOPEN);
		hands.choose(page, page.locator("input[name=from][value=closed]"));
		hands.choose(page, page.locator("input[name=to][value=acknowledged]"));
		hands.choose(page, page.getByLabel("Complaints manager"));
		if (craftedPosts) {
			page.locator("input[name=to][value=acknowledged]").evaluate("input => input.value = 'nowhere'");
			hands.click(page, button(page, "Save action"));
			assertThat(page.locator(".govuk-error-summary a[href='#to']")).hasText("Select the state it leads to");
			hands.checkAccessibility(page);
			hands.choose(page, page.locator("input[name=to][value=acknowledged]"));
		}
		hands.click(page, button(page, "Save action"));
		assertThat(page.locator("#success")).hasText("Action ‘" + REOPEN + "’ added");
		assertThat(page.locator("#workflow-problems")).containsText("add a reopen effect with its reason");

		hands.click(page, page.locator("#change-action-reopen-for-a-fresh-look"));
		hands.click(page, page.locator("#action-inputs"));
		assertThat(page.locator("#no-inputs")).isVisible();
		hands.checkAccessibility(page);
		hands.click(page, page.locator("#add-reason"));
		assertThat(page.locator("#success")).hasText("A reason is now required");
		assertThat(page.locator("#inputs-table tbody tr")).hasText(Pattern.compile("Reason\\s*Text\\s*Yes"));
		hands.checkAccessibility(page);

		hands.click(page, page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("What it does")));
		hands.checkAccessibility(page);
		hands.select(page, page.locator("#reopenInput"), "Reason");
		hands.click(page, page.locator("#add-reopen"));
		assertThat(page.locator("#effects-table tbody tr"))
			.hasText(Pattern.compile("Clears the closure \\(reopens the case\\), the reason from the answer 'reason'"));
		hands.checkAccessibility(page);

		hands.click(page,
				page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Rules before it may happen")));
		assertThat(page.locator("#no-rules")).isVisible();
		hands.checkAccessibility(page);
		Locator asJson = page.locator("summary", new Page.LocatorOptions().setHasText("Change the rules as JSON"));
		if (hands == AdminPublishJourneyBrowserTests.Hands.KEYBOARD) {
			Keyboard.tabTo(page, asJson);
			page.keyboard().press("Enter");
		}
		else {
			asJson.click();
		}
		hands.fill(page, page.getByLabel("Rules as JSON"), """
				{"type": "object", "required": ["data"],
				 "properties": {"data": {"type": "object", "required": ["favouriteColour"]}}}""");
		hands.click(page, page.locator("#save-json"));
		assertThat(page).hasTitle(Pattern.compile("^Error: "));
		assertThat(page.locator(".govuk-error-summary a[href='#json']"))
			.containsText("The guard names data field favouriteColour, which no form used with this workflow has");
		hands.checkAccessibility(page);
		if (craftedPosts) {
			page.locator("#question option").last().evaluate("option => option.value = 'favouriteColour'");
			page.locator("#question").selectOption("favouriteColour");
			hands.click(page, page.locator("#add-question-rule"));
			assertThat(page.locator(".govuk-error-summary a[href='#question']"))
				.containsText("Choose a question the form has");
			hands.checkAccessibility(page);
		}

		page.navigate(workflow);
		assertThat(page.locator("#workflow-problems")).hasCount(0);
		Locator words = page.locator("#transition-list li");
		assertThat(words).hasCount(page.locator("#transitions-table tbody tr").count());
		assertThat(words.last())
			.hasText(REOPEN + ": from Closed to Acknowledged - being investigated, by Complaints manager.");

		page.navigate(this.tenant.admin());
		hands.click(page, page.locator("#main-content")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Check and publish")));
		assertThat(page.locator(".candour-change-sentences")
			.filter(new Locator.FilterOptions().setHasText("Action '" + REOPEN + "' added"))).hasCount(1);
		hands.click(page, button(page, "Publish"));
		assertThat(page.locator("h1")).hasText("Version 2 is live");

		String after = closedComplaint("Missed bin collection on Elm Close");
		OfficerSignIn.as(manager, this.tenant.id, MANAGER);
		manager.navigate("/t/" + this.tenant.id + "/cases/" + before);
		assertThat(manager.locator("#action-reopen")).hasCount(1);
		assertThat(manager.locator("#action-reopen-for-a-fresh-look")).hasCount(0);
		manager.navigate("/t/" + this.tenant.id + "/cases/" + after);
		hands.click(manager, manager.locator("#action-reopen-for-a-fresh-look"));
		hands.checkAccessibility(manager);
		hands.fill(manager, manager.getByLabel("Reason"), "The resident sent new evidence");
		hands.click(manager, manager.locator("main form button[type=submit]").last());
		assertThat(manager).hasURL(Pattern.compile("/cases/" + after + "$"));
		assertThat(manager.locator(".govuk-notification-banner--success")).isVisible();
		hands.checkAccessibility(manager);

		FeedbackCase reopened = read(after);
		assertThat(reopened.configVersion()).isEqualTo(2);
		assertThat(reopened.current().state()).isEqualTo("acknowledged");
		assertThat(reopened.history()).extracting(HistoryEntry::action).contains("withdraw", "reopen-for-a-fresh-look");
		assertThat(read(before).configVersion()).as("a case keeps the version it was logged under").isEqualTo(1);
	}

	/** A stage 1 complaint logged by phone and withdrawn, so closed. */
	private String closedComplaint(String summary) {
		ObjectNode body = JSON.createObjectNode().put("feedbackType", "complaint-stage-1").put("channel", "phone");
		body.putObject("data")
			.put("name", "Pat Resident")
			.put("email", "pat@example.com")
			.put("service", "highways")
			.put("summary", summary)
			.put("details", "Reported twice already.");
		return TenantContext.callAs(this.tenant.current(), () -> {
			String reference = this.intake.log(JSON.treeToValue(body, LogCase.class), null).feedbackCase().reference();
			this.actions.take(new TakeAction(new CaseReference(reference), "withdraw",
					JSON.valueToTree(Map.of("reason", "Resolved by phone")), null, null));
			return reference;
		});
	}

	private FeedbackCase read(String reference) {
		return TenantContext.callAs(this.tenant.current(), () -> this.records.load(reference));
	}

	private static Locator button(Page page, String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
	}

}
