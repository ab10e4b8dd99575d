package org.candour.web;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.candour.cases.CaseActions;
import org.candour.cases.CaseIntake;
import org.candour.cases.CaseLookup;
import org.candour.cases.CaseReference;
import org.candour.cases.LogCase;
import org.candour.cases.TakeAction;
import org.candour.packs.PackDeployment;
import org.candour.surveys.ServiceSurveys;
import org.candour.tenancy.CurrentTenant;
import org.candour.tenancy.TenantContext;
import org.candour.tenancy.TenantManagement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The survey in Welsh, for a tenant whose branding offers Welsh (the ombudsman pack): the
 * survey page, its error state, the equality questions and the thanks, with no English
 * outside a {@code lang} attribute, each checked with axe-core.
 */
@CandourWebTest
@ExtendWith(Browsers.class)
class ServiceSurveyWelshBrowserTests {

	private static final String TENANT = "survey-ombudsman";

	@Autowired
	TenantManagement tenants;

	@Autowired
	PackDeployment deployment;

	@Autowired
	CaseIntake intake;

	@Autowired
	CaseActions actions;

	@Autowired
	CaseLookup lookup;

	@Autowired
	ServiceSurveys surveys;

	@Autowired
	JsonMapper json;

	@Test
	void aWelshSurveyShowsNoEnglishWithoutALangAttribute(Page page, Browsers.Screenshots screenshots) {
		String token = surveyOfAClosedCase();

		page.navigate("/t/" + TENANT + "/survey/" + token + "?lang=cy");
		assertThat(page.locator("html")).hasAttribute("lang", "cy");
		assertThat(page.locator("h1")).hasText("Sut y gwnaethom ddelio â'ch achos?");
		assertWelsh(page);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anfon atebion")).click();
		assertThat(page.locator(".govuk-error-summary"))
			.containsText("Dewiswch pa mor fodlon ydych chi â'r ffordd y gwnaethom ddelio â'ch cwyn");
		assertThat(page.locator(".govuk-error-summary"))
			.containsText("Dewiswch a ydych am gysylltu eich atebion â'ch achos");
		assertWelsh(page);
		screenshots.save(page, "1-survey-refused-cy");
		page.getByLabel("Bodlon iawn").check();
		page.getByLabel("Nac ydw, cadwch fy atebion yn ddienw").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anfon atebion")).click();

		assertThat(page.locator("h1")).hasText("Monitro cydraddoldeb (dewisol)");
		assertWelsh(page);
		screenshots.save(page, "2-equality-cy");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hepgor y cwestiynau hyn")).click();

		assertThat(page.locator("h1")).hasText("Diolch am eich adborth");
		assertWelsh(page);
		screenshots.save(page, "3-thanks-cy");
	}

	private String surveyOfAClosedCase() {
		if (this.tenants.find(TENANT).isEmpty()) {
			this.deployment.deployShipped(TENANT, "ombudsman-customer-care", true);
		}
		CurrentTenant tenant = this.tenants.get(TENANT).asCurrent();
		ObjectNode body = this.json.createObjectNode()
			.put("feedbackType", "service-complaint-completed")
			.put("channel", "web");
		body.putObject("data")
			.put("name", "Gwen Jones")
			.put("email", "gwen@example.org")
			.put("caseReference", "PSO-202600321")
			.put("complaintAbout", "communication")
			.put("summary", "Dim ateb i'm llythyrau")
			.put("details", "Ysgrifennais dair gwaith.");
		return TenantContext.callAs(tenant, () -> {
			String reference = this.intake.log(this.json.treeToValue(body, LogCase.class), null)
				.feedbackCase()
				.reference();
			this.actions.take(new TakeAction(new CaseReference(reference), "close-other",
					this.json.createObjectNode().put("reason", "withdrawn"), null, null));
			return this.surveys.linkFor(this.lookup.find(new CaseReference(reference)).orElseThrow());
		});
	}

	private static void assertWelsh(Page page) {
		Object english = page.evaluate(
				"""
						() => {
						  const words = /\\b(the|you|your|and|have|character|characters|remaining|what|with|send|continue|answers|optional|back|enter|select|about|our|we|how|case|survey|skip|thank)\\b/i
						  const found = []
						  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
						  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
						    const text = node.textContent.trim()
						    const element = node.parentElement
						    if (!text || element.closest('script, style')) continue
						    if (element.closest('[lang]').getAttribute('lang') !== 'cy') continue
						    if (words.test(text)) found.push(text)
						  }
						  return found.join(' | ')
						}
						""");
		assertThat(String.valueOf(english)).as("English text on %s", page.url()).isEmpty();
		Accessibility.assertNoViolations(page);
	}

}
