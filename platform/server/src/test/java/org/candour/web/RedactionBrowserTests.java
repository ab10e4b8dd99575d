package org.candour.web;

import java.util.Map;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.candour.cases.CaseIntake;
import org.candour.cases.CaseRecords;
import org.candour.security.Memberships;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A county tenant's administrator, who also manages cases, redacts the name of a member
 * of staff from a compliment: with the keyboard alone (axe on the page and its error
 * state), and with the mouse and JavaScript off.
 */
@CandourWebTest
@ExtendWith(Browsers.class)
class RedactionBrowserTests {

	private static final String STAFF = "Sam Jones";

	private static final String STAFF_QUESTION = "Name of the member of staff (if you know it)";

	@Autowired
	AdminTenants adminTenants;

	@Autowired
	Memberships memberships;

	@Autowired
	CaseIntake intake;

	@Autowired
	CaseRecords records;

	RedactionFixture fixture;

	@BeforeEach
	void aComplimentNamingAMemberOfStaff() {
		this.fixture = new RedactionFixture(this.adminTenants, this.memberships, this.intake,
				Map.of("name", "Robin Example", "service", "libraries-registration", "staffMember", STAFF, "summary",
						"Helpful library staff", "details", "They helped me apply for a job online.",
						"publicationPermission", "yes-anonymous"));
	}

	@Test
	void anAdministratorRedactsAnAnswerWithTheKeyboardAlone(Page page, Browsers.Screenshots screenshots) {
		OfficerSignIn.as(page, this.fixture.tenant.id, AdminTenant.ADMIN);
		page.navigate(this.fixture.screen());
		assertThat(page.locator("#case-details")).containsText(STAFF);
		Keyboard.press(page, page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Redact an answer for case " + this.fixture.reference)));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Redact an answer");
		assertThat(page.locator(".govuk-warning-text")).containsText("Redaction cannot be undone");
		assertThat(page.getByLabel(STAFF_QUESTION)).not().isChecked();
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "1-redact");

		Keyboard.press(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Redact answer")));
		assertThat(page.locator(".govuk-error-summary a[href='#pointer']")).hasText("Select the answer to redact");
		assertThat(page.locator(".govuk-error-summary a[href='#reason']")).hasText("Enter the reason for redacting");
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "2-refused");
		assertThat(staffMember()).isEqualTo(STAFF);

		Keyboard.tabToGroupOf(page, page.getByLabel(STAFF_QUESTION));
		page.keyboard().press("Space");
		assertThat(page.getByLabel(STAFF_QUESTION)).isChecked();
		Keyboard.tabTo(page, page.getByLabel("Reason for redacting"));
		page.keyboard().type("The member of staff asked not to be named");
		Keyboard.press(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Redact answer")));

		assertThat(page.locator(".govuk-notification-banner--success"))
			.containsText("The answer to \u201c" + STAFF_QUESTION + "\u201d has been redacted");
		assertThat(page.locator("#case-details")).containsText("[redacted]");
		assertThat(page.locator("main")).not().containsText(STAFF);
		assertThat(page.locator("#history-timeline")).containsText("The member of staff asked not to be named");
		assertThat(page.locator("#verification")).containsText("intact");
		assertThat(staffMember()).isEqualTo("[redacted]");
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "3-redacted");
	}

	@Test
	void anAdministratorRedactsAnAnswerWithoutJavaScript(@WithoutJavaScript Page page) {
		OfficerSignIn.as(page, this.fixture.tenant.id, AdminTenant.ADMIN);
		page.navigate(this.fixture.screen());
		assertThat(page.locator("#case-details")).containsText(STAFF);
		page.locator("#redact").click();
		page.getByLabel(STAFF_QUESTION).check();
		page.getByLabel("Reason for redacting").fill("The member of staff asked not to be named");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Redact answer")).click();

		assertThat(page.locator(".govuk-notification-banner--success")).containsText("has been redacted");
		assertThat(page.locator("#case-details")).not().containsText(STAFF);
		assertThat(staffMember()).isEqualTo("[redacted]");
	}

	private String staffMember() {
		return this.fixture.answer(this.records, "staffMember");
	}

}
