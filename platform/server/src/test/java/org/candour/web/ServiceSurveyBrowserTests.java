package org.candour.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.bson.Document;
import org.candour.cases.CaseLookup;
import org.candour.cases.CaseReference;
import org.candour.security.TrackingLinks;
import org.candour.tenancy.TenantContext;
import org.candour.tenancy.TenantManagement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A resident whose case has closed answers the service survey from their tracking page,
 * keeps the answers anonymous, answers an equality question and is thanked; the refused
 * page, the survey's error state and an invalid link's page included, each checked with
 * axe-core.
 */
@CandourWebTest
@ExtendWith(Browsers.class)
class ServiceSurveyBrowserTests {

	private static final String TENANT = CaseworkFixture.TENANT;

	@Autowired
	CaseworkFixtures fixtures;

	@Autowired
	TenantManagement tenants;

	@Autowired
	JsonMapper json;

	@Autowired
	Clock clock;

	@Autowired
	TrackingLinks trackingLinks;

	@Autowired
	CaseLookup lookup;

	@Autowired
	MongoTemplate mongo;

	@Test
	void aResidentAnswersTheSurveyOfTheirClosedCaseAnonymouslyFromTheTrackingPage(Page page,
			Browsers.Screenshots screenshots) {
		CaseworkFixture cases = this.fixtures.fixture();
		String reference = new LearningFixture(cases, this.clock).closedUpheldComplaint("Survey journey: missed bins");
		String token = TenantContext.callAs(cases.tenant(),
				() -> this.trackingLinks.issue(this.lookup.find(new CaseReference(reference)).orElseThrow()));

		page.navigate("/t/" + TENANT + "/track/" + token);
		assertThat(page.locator("main")).containsText("Tell us how we handled your case");
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "1-tracking");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Answer a short survey")).click();

		assertThat(page.locator("h1")).hasText("How did we handle your case?");
		Accessibility.assertNoViolations(page);
		Response refused = page.waitForResponse(response -> response.request().method().equals("POST"),
				() -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send answers")).click());
		org.assertj.core.api.Assertions.assertThat(refused.status()).isEqualTo(422);
		assertThat(page.locator(".govuk-error-summary"))
			.containsText("Select how satisfied you are with how we handled your complaint");
		assertThat(page.locator(".govuk-error-summary"))
			.containsText("Select whether to link your answers to your case");
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "2-survey-refused");

		page.getByLabel("Satisfied", new Page.GetByLabelOptions().setExact(true)).check();
		page.locator("#keptInformed-2").check();
		page.getByLabel("Is there anything else you would like to tell us about how we handled your complaint?")
			.fill("The officer explained everything clearly.");
		page.getByLabel("No, keep my answers anonymous").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send answers")).click();

		assertThat(page.locator("h1")).hasText("Equality monitoring (optional)");
		assertThat(page.locator("#equality-kept")).containsText("not with your case");
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "3-equality");
		page.getByLabel("35 to 44").check();
		page.locator("#sex-3").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send answers")).click();

		assertThat(page.locator("h1")).hasText("Thank you for your feedback");
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "4-thanks");
		List<Document> answers = stored("survey_answers", reference);
		assertThat(answers).hasSize(1);
		assertThat(answers.get(0).keySet()).doesNotContain("caseReference", "caseId", "answeredAt");
		assertThat(answers.get(0).get("answers", Document.class).getString("keptInformed")).isEqualTo("partly");

		page.navigate("/t/" + TENANT + "/track/" + token);
		assertThat(page.locator("#survey-answered")).containsText("Thank you for telling us");

		Response invalid = page.navigate("/t/" + TENANT + "/survey/not-a-survey-link");
		org.assertj.core.api.Assertions.assertThat(invalid.status()).isEqualTo(404);
		assertThat(page.locator("h1")).hasText("This survey link has expired or is not valid");
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "5-invalid");
	}

	@Test
	void anEqualityAnalystReadsTheProfileAndAManagerTheSatisfactionResultsWithSmallNumbersHidden(Page page,
			Browsers.Screenshots screenshots) {
		CaseworkFixture cases = this.fixtures.fixture();
		String reference = new LearningFixture(cases, this.clock).closedUpheldComplaint("Survey figures: fly-tipping");
		TenantContext.runAs(cases.tenant(), () -> {
			org.candour.surveys.SurveyInvitation invitation = this.surveys
				.invitation(this.surveys.linkFor(this.lookup.find(new CaseReference(reference)).orElseThrow()))
				.orElseThrow();
			this.surveys.answer(invitation, this.json.createObjectNode().put("handlingSatisfaction", "satisfied"),
					false);
			this.surveys.answerEquality(invitation, this.json.createObjectNode().put("ageBand", "75-plus"));
		});

		OfficerSignIn.as(page, TENANT, "equality-analyst@" + TENANT);
		assertThat(page).hasURL(java.util.regex.Pattern.compile("/t/" + TENANT + "/equality$"));
		assertThat(page.locator("h1")).hasText("Equality profile");
		assertThat(page.locator("#question-ageBand")).containsText("fewer than 5");
		assertThat(page.locator("#officer-navigation")).not().containsText("Queues");
		assertThat(page.locator("#officer-navigation")).not().containsText("Satisfaction");
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "1-equality");
		page.getByLabel("From (year and month, for example 2026-04)").fill("April");
		Response refused = page.waitForResponse(response -> response.url().contains("from=April"),
				() -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show figures")).click());
		org.assertj.core.api.Assertions.assertThat(refused.status()).isEqualTo(422);
		assertThat(page.locator(".govuk-error-summary"))
			.containsText("Enter the first month as a year and month, like 2026-04");
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "2-equality-refused");
		Response satisfaction = page.navigate("/t/" + TENANT + "/satisfaction");
		org.assertj.core.api.Assertions.assertThat(satisfaction.status())
			.as("an analyst reads no satisfaction results")
			.isEqualTo(403);
		// the analyst runs the equality profile from the report pages, and no other
		// report
		page.navigate("/t/" + TENANT + "/equality");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Reports").setExact(true)).click();
		assertThat(page.locator("#report-equality-profile")).isVisible();
		assertThat(page.locator("[id^='report-']")).hasCount(1);
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "2b-reports");
		page.locator("#report-equality-profile a[href$='/equality-profile/run']").click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Run the report")).click();
		assertThat(page.locator("#run-status")).hasText("Completed");
		assertThat(page.locator("#report table")).isVisible();
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "2c-equality-report");
		Response otherReport = page.navigate("/t/" + TENANT + "/reports/learning-by-theme-and-directorate/run");
		org.assertj.core.api.Assertions.assertThat(otherReport.status())
			.as("an analyst runs no other report")
			.isEqualTo(403);
		page.navigate("/t/" + TENANT + "/equality");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();

		OfficerSignIn.as(page, TENANT, CaseworkFixture.MANAGER);
		page.navigate("/t/" + TENANT + "/satisfaction");
		assertThat(page.locator("h1")).hasText("Satisfaction with complaint handling");
		assertThat(page.locator("#question-handlingSatisfaction")).containsText("Very satisfied");
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "3-satisfaction");
	}

	@Autowired
	org.candour.surveys.ServiceSurveys surveys;

	/** The answers given about the journey's case: its comment is this test's own. */
	private List<Document> stored(String collection, String reference) {
		return TenantContext.callAs(this.tenants.get(TENANT).asCurrent(),
				() -> this.mongo.getCollection(collection)
					.find(new Document("answers.comment", "The officer explained everything clearly."))
					.into(new ArrayList<>()));
	}

}
