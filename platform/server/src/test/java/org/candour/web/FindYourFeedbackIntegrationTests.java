package org.candour.web;

import java.time.Duration;
import java.util.List;

import org.candour.cases.LogCase;
import org.candour.cases.CaseIntake;
import org.candour.cases.CaseLookup;
import org.candour.cases.CaseReference;
import org.candour.packs.PackDeployment;
import org.candour.security.TrackingLinks;
import org.candour.support.Api;
import org.candour.support.TestTokens;
import org.candour.tenancy.CurrentTenant;
import org.candour.tenancy.TenantContext;
import org.candour.tenancy.TenantManagement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Find your feedback" ({@code /t/{tenant}/track}), driven like a browser without
 * JavaScript: the form points out only its own mistakes; whether or not the details match
 * a case the resident is told the same, and only a match sends a new link (revoking the
 * old ones); a sixth attempt for one reference within the hour gets a GOV.UK page with
 * 429 until the application's clock gives an attempt back. (Every test comes from one
 * client, so the web tests' context allows a client more attempts than the default.)
 */
@CandourWebTest
class FindYourFeedbackIntegrationTests {

	private static final tools.jackson.databind.json.JsonMapper LOG_CASE = tools.jackson.databind.json.JsonMapper
		.builder()
		.build();

	private static final String TENANT = "find-county";

	private static final String FIND = "/t/" + TENANT + "/track";

	@LocalServerPort
	int port;

	@Autowired
	PackDeployment deployment;

	@Autowired
	TenantManagement tenants;

	@Autowired
	CaseIntake intake;

	@Autowired
	CaseLookup lookup;

	@Autowired
	TrackingLinks links;

	@Autowired
	StoppableClock clock;

	@Autowired
	Api api;

	@Autowired
	JsonMapper json;

	ResidentBrowser browser;

	@BeforeEach
	void deployCountyCouncil() {
		if (this.tenants.find(TENANT).isEmpty()) {
			this.deployment.deployShipped(TENANT, "county-council", true);
		}
		this.browser = new ResidentBrowser(this.port);
	}

	@AfterEach
	void letTheClockRun() {
		this.clock.run();
	}

	@Test
	void theStartAndExpiredLinkPagesLeadToTheForm() {
		assertThat(this.browser.get("/t/" + TENANT + "/feedback").html()).contains("href=\"" + FIND + "\"",
				"Follow feedback you have given");
		ResidentBrowser.Page expired = this.browser.get(FIND + "/not-a-link");
		assertThat(expired.status()).isEqualTo(404);
		assertThat(expired.html()).contains("This link has expired or is not valid", "href=\"" + FIND + "\"",
				"Get a new link");
		ResidentBrowser.Page form = this.browser.get(FIND);
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.html()).contains("<h1 class=\"govuk-heading-l\">Find your feedback</h1>", "Reference number",
				"Email address or postcode you gave us", "If you did not give us an email address",
				"href=\"https://www.north-shire.example/contact-us\"", "_csrf");
		assertThat(this.browser.get(FIND + "?lang=cy").html()).contains("Dod o hyd i’ch adborth", "Cyfeirnod",
				"Anfonwch ddolen newydd ataf");
	}

	@Test
	void theFormPointsOutOnlyItsOwnMistakes() {
		this.browser.get(FIND);
		ResidentBrowser.Page empty = this.browser.post(FIND, "reference", "", "contact", " ");
		assertThat(empty.status()).isEqualTo(200);
		assertThat(empty.html()).contains("<title>Error:", "govuk-input--error");
		assertThat(empty.errorSummary()).contains("Enter your reference number",
				"Enter the email address or postcode you gave us", "href=\"#reference\"", "href=\"#contact\"");
		ResidentBrowser.Page malformed = this.browser.post(FIND, "reference", "CMP 2026 <b>", "contact",
				"not a postcode");
		assertThat(malformed.errorSummary()).contains(
				"Enter your reference number as it is shown in the email we sent you",
				"Enter an email address like name@example.com, or a real postcode");
		assertThat(malformed.html()).contains("value=\"CMP 2026 &lt;b&gt;\"", "value=\"not a postcode\"");
	}

	@Test
	void whetherOrNotTheDetailsMatchTheResidentIsToldTheSameAndOnlyAMatchSendsANewLink() {
		String reference = logged("sam.taylor@example.com");
		String old = token(reference);
		this.browser.get(FIND);

		ResidentBrowser.Page wrong = this.browser.post(FIND, "reference", reference, "contact", "someone@example.com");
		ResidentBrowser.Page unknown = this.browser.post(FIND, "reference", "CMP-1999-999999", "contact",
				"sam.taylor@example.com");
		assertThat(triggers(reference)).containsExactly("logged");
		assertThat(this.browser.get("/t/" + TENANT + "/track/" + old).status()).isEqualTo(200);

		ResidentBrowser.Page right = this.browser.post(FIND, "reference", reference.toLowerCase(), "contact",
				"ns1 4ab");
		for (ResidentBrowser.Page page : List.of(wrong, unknown, right)) {
			assertThat(page.status()).isEqualTo(200);
			assertThat(page.path()).isEqualTo(FIND + "/link-sent");
			assertThat(page.html()).isEqualTo(right.html());
		}
		assertThat(right.html()).contains("Check your email", "If the details you gave match a case")
			.doesNotContain(reference, "sam.taylor");
		assertThat(triggers(reference)).containsExactlyInAnyOrder("logged", "tracking-link-1");
		assertThat(this.browser.get("/t/" + TENANT + "/track/" + old).status()).as("the old link").isEqualTo(404);
		assertThat(securityLog("tracking-link-requested")).contains(
				"reference " + reference + ": the email address or postcode did not match",
				"reference CMP-1999-999999: no case has this reference",
				"reference " + reference + ": a new link was sent");
	}

	@Test
	void aSixthAttemptForOneReferenceWithinTheHourGetsAPageSayingWhenToTryAgain() {
		String reference = logged("pat.jones@example.com");
		this.clock.stop();
		this.browser.get(FIND);
		for (int i = 1; i <= 5; i++) {
			assertThat(this.browser.post(FIND, "reference", reference, "contact", "guess" + i + "@example.com").path())
				.isEqualTo(FIND + "/link-sent");
		}
		this.browser.get(FIND);
		ResidentBrowser.Page refused = this.browser.post(FIND, "reference", reference, "contact",
				"pat.jones@example.com");
		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.html()).contains("Sorry, there have been too many attempts", "Try again in 12 minutes.",
				"If you did not give us an email address");
		assertThat(triggers(reference)).containsExactly("logged");
		assertThat(securityLog("tracking-link-request-limited"))
			.contains("reference " + reference + ": too many attempts");

		this.clock.advance(Duration.ofMinutes(12));
		this.browser.get(FIND);
		assertThat(this.browser.post(FIND, "reference", reference, "contact", "pat.jones@example.com").path())
			.isEqualTo(FIND + "/link-sent");
		assertThat(triggers(reference)).containsExactlyInAnyOrder("logged", "tracking-link-1");
	}

	private String logged(String email) {
		ObjectNode body = this.json.createObjectNode();
		body.put("feedbackType", "complaint-stage-1");
		body.put("channel", "web");
		body.set("data", this.json.readTree("""
				{"name": "Sam Taylor", "email": "%s", "preferredContact": "email", "service": "highways",
				 "summary": "Pothole not repaired", "details": "Reported three times.",
				 "address": {"line1": "4 High Street", "town": "Northby", "postcode": "NS1 4AB"}}
				""".formatted(email)));
		return TenantContext.callAs(tenant(),
				() -> this.intake.log(LOG_CASE.treeToValue(body, LogCase.class), null).feedbackCase().reference());
	}

	private String token(String reference) {
		return TenantContext.callAs(tenant(),
				() -> this.links.issue(this.lookup.find(new CaseReference(reference)).orElseThrow()));
	}

	private List<String> triggers(String reference) {
		Api.Response notifications = this.api.get("/api/tenants/" + TENANT + "/cases/" + reference + "/notifications");
		assertThat(notifications.status()).isEqualTo(200);
		return notifications.body().findValuesAsString("trigger");
	}

	private List<String> securityLog(String type) {
		JsonNode log = this.api.get("/api/tenants/" + TENANT + "/security-events?type=" + type).body();
		return log.findValuesAsString("detail");
	}

	private CurrentTenant tenant() {
		return this.tenants.get(TENANT).asCurrent();
	}

}
