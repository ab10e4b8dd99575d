package org.candour.web;

import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.MessagingException;
import org.candour.cases.TakeAction;
import org.candour.cases.LogCase;
import org.candour.cases.CaseActions;
import org.candour.cases.CaseIntake;
import org.candour.cases.CaseLookup;
import org.candour.cases.CaseReference;
import org.candour.cases.ResidentTracking;
import org.candour.config.ActiveConfigurations;
import org.candour.support.Api;
import org.candour.tenancy.TenantContext;
import org.candour.tenancy.TenantManagement;
import org.candour.web.ResidentJourney.Answer;
import org.candour.web.ResidentJourney.Mode;
import org.candour.web.ResidentJourney.Spec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.candour.web.DemoJourneys.COUNTY;
import static org.candour.web.DemoJourneys.DEPARTMENT;
import static org.candour.web.DemoJourneys.OMBUDSMAN;
import static org.candour.web.DemoJourneys.UNITARY;

/**
 * A resident of each demo tenant gives feedback of its main type in Chromium, from the
 * start page to the reference, then follows the case with the tracking link and, where
 * the workflow lets residents, asks for the next stage and follows it; a resident who
 * lost the link gets a new one by email, until too many attempts are refused. Every page
 * is checked with axe; one journey is made with the keyboard alone, one with JavaScript
 * switched off, and one is photographed page by page (under target/screenshots).
 */
@DemoWebTest
@ExtendWith(Browsers.class)
class ResidentJourneyBrowserTests {

	private static final tools.jackson.databind.json.JsonMapper LOG_CASE = tools.jackson.databind.json.JsonMapper
		.builder()
		.build();

	private static final List<String> DEMO_TENANTS = List.of("demo-county", "demo-unitary", "demo-ombudsman",
			"demo-department");

	@Autowired
	ActiveConfigurations configurations;

	@Autowired
	GreenMail mail;

	@Autowired
	TenantManagement tenants;

	@Autowired
	CaseActions actions;

	@Autowired
	CaseIntake intake;

	@Autowired
	CaseLookup lookup;

	@Autowired
	ResidentTracking tracking;

	@Autowired
	Api api;

	@Autowired
	JsonMapper json;

	/**
	 * The demo deploys its tenants from the shipped packs in the background at start-up.
	 */
	@BeforeEach
	void theDemoTenantsAreDeployed() {
		for (String tenant : DEMO_TENANTS) {
			await().atMost(Duration.ofMinutes(1))
				.until(() -> this.tenants.find(tenant)
					.map(found -> TenantContext.callAs(found.asCurrent(), () -> this.configurations.current()))
					.flatMap(current -> current)
					.isPresent());
		}
	}

	/**
	 * What residents are sent (other tests of the run may write to the same addresses).
	 */
	private ResidentMailbox mailbox() {
		return new ResidentMailbox(this.mail);
	}

	@Test
	void aCountyResidentComplainsFollowsTheCaseAndAsksForStageTwo(Page page, Browsers.Screenshots screenshots)
			throws MessagingException {
		ResidentJourney journey = new ResidentJourney(page, COUNTY, screenshots, Mode.MOUSE);
		String reference = journey.complete();
		JsonNode stored = caseThroughTheApi(COUNTY.tenant(), reference);
		assertTheFileIsKeptWithTheCase(COUNTY.tenant(), reference, stored);
		assertThat(stored.path("feedbackType").asString()).isEqualTo("complaint-stage-1");
		assertThat(stored.path("data").path("summary").asString()).isEqualTo(COUNTY.changedTo());
		assertThat(stored.path("data").path("service").asString()).isEqualTo("transport");
		assertThat(stored.path("data").path("previousContact").asString())
			.isEqualTo("Phoned on 3 September, reference T-4411");
		assertThat(stored.path("data").has("email")).as("contact details are kept in the people part").isFalse();

		followTheCase(page, journey, COUNTY, reference, "We have received your complaint");
		takeAsTheCouncil(COUNTY.tenant(), reference, "acknowledge", "{}");
		takeAsTheCouncil(COUNTY.tenant(), reference, "respond",
				"{\"decision\": \"not-upheld\", \"responseDate\": \"2026-11-20\", \"classification\": \"other\", \"handledBy\": \"a.patel\","
						+ " \"riskCategory\": \"complainant-third-parties\", \"riskRationale\": \"No risk found\"}");
		page.reload();
		assertThat(page.locator("#status")).hasText("We have sent you our response");
		journey.checked("tracking-responded");
		askForTheNextStage(page, journey, "I am not satisfied: ask for a stage 2 review", List
			.of(Answer.text("Why are you unhappy with our stage 1 response?", "The timetable is still missing.")));
		assertThat(linkedCases(COUNTY.tenant(), reference, "complaint-stage-2")).isEqualTo(1);

		String stageTwo = escalatedTo(COUNTY.tenant(), reference);
		assertThat(page.locator("#status")).hasText("Your complaint has moved to stage 2");
		assertThat(page.locator("#continues")).hasText("Continues as " + stageTwo);
		assertThat(page.locator("#key-dates")).containsText("Moved to the next stage");
		assertThat(page.locator("#key-dates")).not().containsText("Closed");
		List<String> due = TrackedDueDates.of(this.tracking, this.lookup, this.tenants.get(COUNTY.tenant()).asCurrent(),
				stageTwo);
		assertThat(due).isNotEmpty();
		for (String date : due) {
			assertThat(page.locator("#next-stage")).containsText("Due by " + date);
		}
		page.locator("#next-stage-link").click();
		assertThat(page.locator("h1")).hasText("Your case " + stageTwo);
		assertThat(page.locator("#status")).hasText("We have received your request for a stage 2 review");
		assertThat(page.locator("#earlier-stage")).hasText(reference);
		journey.checked("stage-two-tracking");
	}

	@Test
	void aResidentWhoLostTheLinkGetsANewOneByEmailButCannotKeepTrying(Page page, Browsers.Screenshots screenshots)
			throws MessagingException {
		String email = "lost.link@example.com";
		String reference = loggedFor(COUNTY.tenant(), email);
		String old = ResidentMailbox.trackingLink(mailbox().body(email, reference, 1));
		ResidentJourney journey = new ResidentJourney(page, COUNTY, screenshots, Mode.MOUSE);

		page.navigate("/t/" + COUNTY.tenant() + "/feedback");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("get a new link")).click();
		assertThat(page.locator("h1")).hasText("Find your feedback");
		journey.checked("find-your-feedback");
		journey.pressButton("Send me a new link");
		assertThat(page).hasTitle(Pattern.compile("^Error: "));
		assertThat(page.locator(".govuk-error-summary")).containsText("Enter your reference number");
		journey.checked("find-your-feedback-with-errors");
		page.getByLabel("Reference number").fill(reference.toLowerCase());
		page.getByLabel("Email address or postcode you gave us").fill("Lost.Link@example.com");
		journey.pressButton("Send me a new link");
		assertThat(page.locator("h1")).hasText("Check your email");
		journey.checked("find-your-feedback-sent");

		page.navigate(ResidentMailbox.trackingLink(mailbox().body(email, reference, 2)));
		assertThat(page.locator("h1")).hasText("Your case " + reference);
		page.navigate(old);
		assertThat(page.locator("h1")).hasText("This link has expired or is not valid");
		journey.checked("old-link");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Get a new link")).click();
		for (int attempt = 2; attempt <= 5; attempt++) {
			page.getByLabel("Reference number").fill(reference);
			page.getByLabel("Email address or postcode you gave us").fill("ZZ1 1ZZ");
			journey.pressButton("Send me a new link");
			assertThat(page.locator("h1")).hasText("Check your email");
			page.goBack();
		}
		page.getByLabel("Reference number").fill(reference);
		page.getByLabel("Email address or postcode you gave us").fill(email);
		Response refused = page.waitForResponse(
				response -> response.request().method().equals("POST") && response.url().endsWith("/track"),
				() -> journey.pressButton("Send me a new link"));
		assertThat(refused.status()).isEqualTo(429);
		assertThat(page.locator("h1")).hasText("Sorry, there have been too many attempts");
		assertThat(page.locator("#try-again")).containsText("Try again in");
		journey.checked("find-your-feedback-too-many");
		assertThat(mailbox().count(email, reference)).isEqualTo(2);
	}

	@Test
	void aUnitaryResidentUsingOnlyTheKeyboardContactsTheCouncilAndLaterComplainsAboutTheRequest(Page page)
			throws MessagingException {
		ResidentJourney journey = new ResidentJourney(page, UNITARY, null, Mode.KEYBOARD_ONLY);
		String reference = journey.complete();
		JsonNode stored = caseThroughTheApi(UNITARY.tenant(), reference);
		assertTheFileIsKeptWithTheCase(UNITARY.tenant(), reference, stored);
		assertThat(stored.path("feedbackType").asString()).isEqualTo("contact");
		assertThat(stored.path("data").path("serviceArea").asString()).isEqualTo("adult-social-care");
		assertThat(stored.path("data").path("summary").asString()).isEqualTo(UNITARY.changedTo());

		followTheCase(page, journey, UNITARY, reference, null);
		takeAsTheCouncil(UNITARY.tenant(), reference, "triage-service-request",
				"{\"service\": \"adults\", \"triageNotes\": \"Care visits: pass to the provider team.\"}");
		page.reload();
		journey.checked("tracking-service-request");
		askForTheNextStage(page, journey, "Make a complaint about how my request was handled",
				List.of(Answer.text("Why is the person unhappy with how the request is being handled?",
						"Nothing has changed and the visits are still short.")));
		assertThat(linkedCases(UNITARY.tenant(), reference, "contact")).isEqualTo(1);
	}

	@Test
	void anOmbudsmanResidentComplainsFollowsTheCaseInWelshAndSendsTheInformationAskedFor(Page page)
			throws MessagingException {
		ResidentJourney journey = new ResidentJourney(page, OMBUDSMAN, null, Mode.MOUSE);
		String reference = journey.complete();
		JsonNode stored = caseThroughTheApi(OMBUDSMAN.tenant(), reference);
		assertTheFileIsKeptWithTheCase(OMBUDSMAN.tenant(), reference, stored);
		assertThat(stored.path("feedbackType").asString()).isEqualTo("service-complaint-ongoing");
		assertThat(stored.path("data").path("caseReference").asString()).isEqualTo("PSO-202600123");
		followTheCase(page, journey, OMBUDSMAN, reference, null);
		takeAsTheCouncil(OMBUDSMAN.tenant(), reference, "allocate",
				"{\"handler\": \"customer-care\", \"team\": \"customer-care-team\", \"officer\": \"cc-officer-2\"}");
		takeAsTheCouncil(OMBUDSMAN.tenant(), reference, "request-info",
				"{\"question\": \"Please send the date of your last email to us about the case.\"}");
		page.reload();
		assertThat(page.locator("#status")).hasText("We are waiting for information from you");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Cymraeg")).click();
		assertThat(page.locator("html")).hasAttribute("lang", "cy");
		assertThat(page.locator("h1")).containsText("Eich achos " + reference);
		assertThat(page.locator(".govuk-header")).containsText("Ombwdsmon Gwasanaethau Cyhoeddus Anyshire");
		assertThat(page.locator("#status")).hasText("Rydym yn aros am wybodaeth gennych chi");
		journey.checked("tracking-in-welsh");
		String tracking = page.url();
		page.navigate("/t/" + OMBUDSMAN.tenant() + "/feedback/service-complaint-ongoing/page/2");
		assertThat(page.getByLabel("Oedi cyn neilltuo'r achos i weithiwr achos")).isVisible();
		page.navigate(tracking);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")).click();
		journey.pressButton("Send us the information we asked for");
		journey.checked("send-information");
		journey.answer(List.of(Answer.text("The information we asked for", "I last emailed you on 14 October.")));
		journey.pressButton("Send request");
		assertThat(page.locator(".govuk-notification-banner")).containsText("We have received your request");
		assertThat(caseThroughTheApi(OMBUDSMAN.tenant(), reference).path("meta").path("informationProvided").asString())
			.isEqualTo("I last emailed you on 14 October.");
		assertThat(caseThroughTheApi(OMBUDSMAN.tenant(), reference).path("state").asString()).isEqualTo("in-progress");
	}

	@Test
	void aDepartmentResidentWithoutJavaScriptComplainsAndAsksForACloserLook(@WithoutJavaScript Page page)
			throws MessagingException {
		ResidentJourney journey = new ResidentJourney(page, DEPARTMENT, null, Mode.WITHOUT_JAVASCRIPT);
		String reference = journey.complete();
		JsonNode stored = caseThroughTheApi(DEPARTMENT.tenant(), reference);
		assertTheFileIsKeptWithTheCase(DEPARTMENT.tenant(), reference, stored);
		assertThat(stored.path("feedbackType").asString()).isEqualTo("early-resolution");
		assertThat(stored.path("data").path("serviceConcerned").asString()).isEqualTo("grants-and-payments");
		assertThat(stored.path("data").path("previousContact").asString()).isEqualTo("Web chat on 9 October");
		followTheCase(page, journey, DEPARTMENT, reference, null);
		askForTheNextStage(page, journey, "I am not satisfied: ask for a closer look",
				List.of(Answer.choice("Why a closer look?",
						"The complainant is unhappy with the early resolution response"),
						Answer.text("What the closer look should consider", "The payment is now four months late.")));
		assertThat(linkedCases(DEPARTMENT.tenant(), reference, "closer-look")).isEqualTo(1);
	}

	@Test
	void aWelshJourneyShowsNoEnglishWithoutALangAttribute(Page page) {
		String start = "/t/" + OMBUDSMAN.tenant() + "/feedback";
		page.navigate(start + "?lang=cy");
		assertThat(page.locator("html")).hasAttribute("lang", "cy");
		assertWelsh(page);
		page.navigate(start + "/service-complaint-ongoing");
		assertWelsh(page);
		page.locator("[name=caseReference]").fill("PSO-202600123");
		press(page, "Parhau");
		assertThat(page.locator("#summary-info + .govuk-character-count__status"))
			.hasText("Mae gennych 150 nod yn weddill");
		assertWelsh(page);
		page.locator("[name=complaintAbout]").first().check();
		page.locator("[name=summary]").fill("Dim gweithiwr achos ers pedwar mis");
		page.locator("[name=details]").fill("Anfonais fy nghwyn ym mis Gorffennaf.");
		assertWelsh(page);
		press(page, "Parhau");
		assertThat(page.locator("h1")).hasText("Dogfennau ategol");
		assertWelsh(page);
		page.locator("input[type=file]").setInputFiles(Paths.get("src/test/resources/attachments/pothole.png"));
		press(page, "Uwchlwytho ffeil");
		assertThat(page.locator("main")).containsText("pothole.png");
		assertWelsh(page);
		press(page, "Parhau");
		assertWelsh(page);
		page.locator("[name=name]").fill("Sam Preswylydd");
		page.locator("[name=email]").fill("sam.preswylydd@example.com");
		press(page, "Parhau");
		assertThat(page.locator("main")).containsText("Dogfennau ategol");
		assertWelsh(page);
		press(page, "Derbyn ac anfon");
		assertThat(page.locator("#reference")).isVisible();
		assertThat(page.locator("h1")).hasText("Cwyn am wasanaeth - achos sy'n parhau wedi dod i law");
		assertWelsh(page);
		String reference = page.locator("#reference").innerText().trim();
		page.locator("#find-link").click();
		assertThat(page.locator("h1")).hasText("Dod o hyd i’ch adborth");
		assertWelsh(page);
		press(page, "Anfonwch ddolen newydd ataf");
		assertThat(page.locator(".govuk-error-summary")).containsText("Rhowch eich cyfeirnod");
		assertWelsh(page);
		page.getByLabel("Cyfeirnod").fill(reference);
		page.getByLabel("Y cyfeiriad e-bost neu’r cod post a roesoch i ni").fill("sam.preswylydd@example.com");
		press(page, "Anfonwch ddolen newydd ataf");
		assertThat(page.locator("h1")).hasText("Gwiriwch eich e-bost");
		assertWelsh(page);
	}

	/**
	 * Fails on any text of the page (visually hidden text included) with a common English
	 * word that is not inside an element marked with a language other than Welsh; checks
	 * the page with axe too.
	 */
	private static void assertWelsh(Page page) {
		Object english = page.evaluate(
				"""
						() => {
						  const words = /\\b(the|you|your|and|have|character|characters|remaining|too many|document|documents|supporting|upload|file|files|photos|what|with|send|continue|change|check|answers|optional|back|enter|select|about|our|we|step)\\b/i
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

	private static void press(Page page, String button) {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button)).click();
	}

	/**
	 * Opens the tracking link of the acknowledgement the resident was sent (checking it
	 * names the case), and checks the status shown.
	 */
	private void followTheCase(Page page, ResidentJourney journey, Spec spec, String reference, String status)
			throws MessagingException {
		String email = spec.answers()
			.stream()
			.filter(answer -> answer.question().equals("Email address"))
			.findFirst()
			.orElseThrow()
			.value();
		String body = mailbox().body(email, reference, 1);
		assertThat(body).contains(reference);
		page.navigate(ResidentMailbox.trackingLink(body));
		assertThat(page.locator("h1")).containsText(reference);
		if (status != null) {
			assertThat(page.locator("#status")).hasText(status);
		}
		assertThat(page.locator("#key-dates")).containsText("Received");
		journey.checked("tracking");
	}

	/** A county complaint logged for a resident who gave {@code email}. */
	private String loggedFor(String tenant, String email) {
		ObjectNode body = this.json.createObjectNode();
		body.put("feedbackType", "complaint-stage-1");
		body.put("channel", "web");
		body.set("data", this.json.readTree("""
				{"name": "Lee Resident", "email": "%s", "preferredContact": "email", "service": "transport",
				 "summary": "Bus shelter glass broken", "details": "The glass has been broken for a month."}
				""".formatted(email)));
		return TenantContext.callAs(this.tenants.get(tenant).asCurrent(),
				() -> this.intake.log(LOG_CASE.treeToValue(body, LogCase.class), null).feedbackCase().reference());
	}

	private String escalatedTo(String tenant, String reference) {
		for (JsonNode link : caseThroughTheApi(tenant, reference).path("links")) {
			if (link.path("relation").asString().equals("escalated-to")) {
				return link.path("reference").asString();
			}
		}
		throw new AssertionError(reference + " was not escalated");
	}

	private void askForTheNextStage(Page page, ResidentJourney journey, String button, List<Answer> answers) {
		journey.pressButton(button);
		journey.checked("next-stage-request");
		journey.pressButton("Send request");
		assertThat(page.locator(".govuk-error-summary")).isVisible();
		journey.checked("next-stage-request-with-error");
		journey.answer(answers);
		journey.pressButton("Send request");
		assertThat(page.locator(".govuk-notification-banner")).containsText("We have received your request");
		journey.checked("next-stage-requested");
	}

	private void takeAsTheCouncil(String tenant, String reference, String action, String inputs) {
		TenantContext.runAs(this.tenants.get(tenant).asCurrent(), () -> this.actions
			.take(new TakeAction(new CaseReference(reference), action, this.json.readTree(inputs), null, null)));
	}

	private JsonNode caseThroughTheApi(String tenant, String reference) {
		Api.Response response = this.api.get("/api/tenants/" + tenant + "/cases/" + reference);
		assertThat(response.status()).isEqualTo(200);
		return response.body();
	}

	private void assertTheFileIsKeptWithTheCase(String tenant, String reference, JsonNode stored) {
		assertThat(stored.path("data").path("documents").path(0).path("name").asString()).isEqualTo("pothole.png");
		Api.Response files = this.api.get("/api/tenants/" + tenant + "/cases/" + reference + "/attachments");
		assertThat(files.status()).isEqualTo(200);
		assertThat(files.body().toString()).contains("\"fileName\":\"pothole.png\"", "\"contentType\":\"image/png\"");
	}

	private long linkedCases(String tenant, String reference, String feedbackType) {
		JsonNode found = caseThroughTheApi(tenant, reference);
		long linked = 0;
		for (JsonNode link : found.path("links")) {
			JsonNode other = caseThroughTheApi(tenant, link.path("reference").asString());
			if (feedbackType.equals(other.path("feedbackType").asString())) {
				linked++;
			}
		}
		return linked;
	}

}
