package org.candour.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.candour.cases.CaseActions;
import org.candour.cases.CaseIntake;
import org.candour.cases.CaseReference;
import org.candour.cases.LogCase;
import org.candour.cases.TakeAction;
import org.candour.tenancy.TenantContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A county tenant's administrator reads what the nightly retention job would dispose of:
 * a compliment closed today is due 36 months from now and not before; a date that is not
 * one is refused on the field; the disposal log is empty. Axe on every page, the error
 * state included.
 */
@CandourWebTest
@ExtendWith(Browsers.class)
class AdminRetentionBrowserTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	AdminTenants adminTenants;

	@Autowired
	CaseIntake intake;

	@Autowired
	CaseActions actions;

	@Autowired
	Clock clock;

	@Test
	void anAdministratorReadsWhatTheNightlyJobWouldDisposeOf(Page page, Browsers.Screenshots screenshots) {
		AdminTenant tenant = this.adminTenants.county();
		String reference = closedCompliment(tenant);
		LocalDate closed = this.clock.instant().atZone(ZoneOffset.UTC).toLocalDate();

		OfficerSignIn.as(page, tenant.id, AdminTenant.ADMIN);
		page.navigate(tenant.admin());
		page.locator("#retention-link").click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Retention and disposal");
		assertThat(page.locator("#type-compliment")).containsText("Anonymised 36 months after closure");
		assertThat(page.locator("#type-compliment")).not().containsText(reference);
		assertThat(page.locator("#log-empty")).isVisible();
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "1-this-month");

		page.getByLabel("Cases due by").fill(closed.plusMonths(36).toString());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show the cases")).click();
		assertThat(page.locator("#type-compliment tbody")).containsText(reference);
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "2-in-36-months");

		page.getByLabel("Cases due by").fill("March");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show the cases")).click();
		assertThat(page.locator(".govuk-error-summary a[href='#on']"))
			.hasText("Enter the date as year, month and day, like 2027-01-31");
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "3-refused");
	}

	private String closedCompliment(AdminTenant tenant) {
		String reference = TenantContext.callAs(tenant.current(), () -> this.intake
			.log(JSON.convertValue(Map.of("feedbackType", "compliment", "channel", "web", "data",
					Map.of("name", "Robin Example", "email", "robin@example.org", "service", "libraries-registration",
							"summary", "Helpful library staff", "details", "They helped me apply for a job online.",
							"publicationPermission", "yes-anonymous")),
					LogCase.class), null)
			.feedbackCase()
			.reference());
		act(tenant, reference, "pass-to-service", Map.of("team", "libraries-team"));
		act(tenant, reference, "close",
				Map.of("decision", "passed-to-service", "responseDate",
						this.clock.instant().atZone(ZoneOffset.UTC).toLocalDate().toString(), "classification",
						"staff-member"));
		return reference;
	}

	private void act(AdminTenant tenant, String reference, String action, Map<String, Object> inputs) {
		TenantContext.runAs(tenant.current(), () -> this.actions
			.take(new TakeAction(new CaseReference(reference), action, JSON.valueToTree(inputs), null, null)));
	}

}
