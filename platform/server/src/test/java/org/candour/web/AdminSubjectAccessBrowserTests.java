package org.candour.web;

import java.nio.file.Files;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.candour.cases.CaseActions;
import org.candour.cases.CaseIntake;
import org.candour.cases.CaseReference;
import org.candour.cases.LogCase;
import org.candour.cases.TakeAction;
import org.candour.tenancy.TenantContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.candour.web.AdminPublishJourneyBrowserTests.Hands;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A county tenant's administrator answers a subject access request and then an erasure
 * request from the admin page: a search without identifiers is refused on the field, the
 * person's compliment and comment are found by email, the export downloads as a zip, an
 * erasure without a reason and confirmation is refused on both fields, then erases the
 * person from both closed cases, and the privacy log lists the export and the erasure.
 * Once with the mouse and no JavaScript, once with the keyboard alone (axe, which needs
 * JavaScript, on every state of that run). An auditor sees the log and no search.
 */
@CandourWebTest
@ExtendWith(Browsers.class)
class AdminSubjectAccessBrowserTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String EMAIL = "jo.privacy@example.org";

	@Autowired
	AdminTenants adminTenants;

	@Autowired
	CaseIntake intake;

	@Autowired
	CaseActions actions;

	@Autowired
	Clock clock;

	AdminTenant tenant;

	String compliment;

	String comment;

	@BeforeEach
	void personWithTwoClosedCases() {
		this.tenant = this.adminTenants.county();
		this.compliment = closed("compliment",
				Map.of("name", "Jo Privacy", "email", EMAIL, "service", "libraries-registration", "summary",
						"Helpful library staff", "details", "They helped me apply for a job online.",
						"publicationPermission", "yes-anonymous"),
				Map.of("decision", "passed-to-service", "classification", "staff-member"));
		this.comment = closed("comment",
				Map.of("name", "Jo Privacy", "email", EMAIL.toUpperCase(), "service", "libraries-registration",
						"summary", "Sunday opening", "details", "Please open on Sundays."),
				Map.of("decision", "noted", "classification", "suggestion"));
	}

	@Test
	void withTheMouseAndWithoutJavaScript(@WithoutJavaScript Page page, Browsers.Screenshots screenshots)
			throws Exception {
		journey(Hands.MOUSE, page, screenshots);
	}

	@Test
	void withTheKeyboardOnly(Page page, Browsers.Screenshots screenshots) throws Exception {
		journey(Hands.KEYBOARD, page, screenshots);
	}

	@Test
	void anAuditorReadsTheLogOnly(Page page) {
		OfficerSignIn.as(page, this.tenant.id, AdminTenant.AUDITOR);
		page.navigate(this.tenant.admin() + "/subject-access");
		assertThat(page.locator("#log-empty")).isVisible();
		assertThat(page.locator("#search")).hasCount(0);
		Accessibility.assertNoViolations(page);
	}

	private void journey(Hands hands, Page page, Browsers.Screenshots screenshots) throws Exception {
		OfficerSignIn.as(page, this.tenant.id, AdminTenant.ADMIN);
		page.navigate(this.tenant.admin());
		hands.click(page, page.locator("#subject-access-link"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Subject access and erasure");
		hands.checkAccessibility(page);

		hands.click(page, button(page, "Find the person's cases"));
		assertThat(page.locator(".govuk-error-summary a[href='#email']"))
			.hasText("Enter an email address, phone number, name, address or case reference");
		hands.checkAccessibility(page);
		screenshots.save(page, "1-nothing-given");

		hands.fill(page, page.getByLabel("Email address"), EMAIL);
		hands.click(page, button(page, "Find the person's cases"));
		assertThat(page.locator("#cases tbody")).containsText(this.compliment);
		assertThat(page.locator("#cases tbody")).containsText(this.comment);
		hands.checkAccessibility(page);
		screenshots.save(page, "2-found");

		Download download = page.waitForDownload(() -> press(hands, page, button(page, "Download everything (zip)")));
		assertThat(download.suggestedFilename()).startsWith("subject-access-").endsWith(".zip");
		assertThat(Files.size(download.path())).isPositive();

		hands.click(page, button(page, "Erase this person's details"));
		assertThat(page.locator(".govuk-error-summary a")).hasCount(2);
		assertThat(page.locator(".govuk-error-summary")).containsText("Enter the reason for erasing");
		assertThat(page.locator(".govuk-error-summary")).containsText("cannot be undone");
		hands.checkAccessibility(page);
		screenshots.save(page, "3-erasure-refused");

		hands.fill(page, page.getByLabel("Reason for the erasure"), "Erasure request of 3 December");
		hands.choose(page, page.getByLabel("I understand this cannot be undone"));
		hands.click(page, button(page, "Erase this person's details"));
		screenshots.save(page, "4-erased");
		assertThat(page.locator("#erased")).containsText("erased from 2 cases");
		assertThat(page.locator("#nothing-found")).isVisible();
		assertThat(page.locator("#log tbody tr")).hasCount(2);
		assertThat(page.locator("#log tbody")).containsText("Erasure request of 3 December");
		hands.checkAccessibility(page);
	}

	/** Presses a button that leads to no new page (a download). */
	private static void press(Hands hands, Page page, Locator control) {
		if (hands == Hands.KEYBOARD) {
			Keyboard.tabTo(page, control);
			page.keyboard().press("Enter");
		}
		else {
			control.click();
		}
	}

	private static Locator button(Page page, String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name)).first();
	}

	private String closed(String feedbackType, Map<String, Object> data, Map<String, Object> outcome) {
		String reference = TenantContext.callAs(this.tenant.current(),
				() -> this.intake
					.log(JSON.convertValue(Map.of("feedbackType", feedbackType, "channel", "web", "data", data),
							LogCase.class), null)
					.feedbackCase()
					.reference());
		act(reference, "pass-to-service", Map.of("team", "libraries-team"));
		Map<String, Object> close = new java.util.HashMap<>(outcome);
		close.put("responseDate", this.clock.instant().atZone(ZoneOffset.UTC).toLocalDate().toString());
		act(reference, "close", close);
		return reference;
	}

	private void act(String reference, String action, Map<String, Object> inputs) {
		TenantContext.runAs(this.tenant.current(), () -> this.actions
			.take(new TakeAction(new CaseReference(reference), action, JSON.valueToTree(inputs), null, null)));
	}

}
