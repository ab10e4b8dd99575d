package org.candour.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.candour.queues.CaseQueries;
import org.candour.cases.CaseResource;
import org.candour.definition.pack.PackRepository;
import org.candour.definition.pack.PackSource;
import org.candour.packs.PackDeployment;
import org.candour.tenancy.TenantContext;
import org.candour.tenancy.TenantManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.LinkedMultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The resident pages of the county council pack, driven like a browser without
 * JavaScript.
 */
@CandourWebTest
class ResidentPagesIntegrationTests {

	private static final String TENANT = "resident-county";

	private static final String COMPLAINT = "/t/" + TENANT + "/feedback/complaint-stage-1";

	private static final Pattern REFERENCE = Pattern.compile("id=\"reference\">([^<]+)<");

	@LocalServerPort
	int port;

	@Autowired
	PackDeployment deployment;

	@Autowired
	TenantManagement tenants;

	@Autowired
	CaseQueries queries;

	ResidentBrowser browser;

	@BeforeEach
	void deployCountyCouncil() {
		if (this.tenants.find(TENANT).isEmpty()) {
			this.deployment.deployShipped(TENANT, "county-council", true);
		}
		this.browser = new ResidentBrowser(this.port);
	}

	@Test
	void startPageListsThePublicFeedbackTypesWithSummariesAndTimescales() {
		ResidentBrowser.Page start = this.browser.get("/t/" + TENANT + "/feedback");
		assertThat(start.status()).isEqualTo(200);
		assertThat(start.html()).contains("North Shire County Council",
				"Tell us if you are unhappy with a council service", "href=\"" + COMPLAINT + "\"",
				"Acknowledgement: within 5 working days", "govuk-skip-link",
				"/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.css", "type=\"module\"");
		assertThat(start.html()).doesNotContain("/feedback/subject-access-request\"", "<script>", "style=");
		assertThat(this.browser.get("/t/" + TENANT + "/feedback/subject-access-request").status()).isEqualTo(404);
		assertThat(this.browser.get("/t/no-such-council/feedback").status()).isEqualTo(404);
	}

	@Test
	void aResidentMakesAComplaintCorrectingAnErrorAndChangingAnAnswer() {
		ResidentBrowser.Page first = this.browser.get(COMPLAINT);
		assertThat(first.path()).isEqualTo(COMPLAINT + "/page/1");
		assertThat(first.html()).contains("How would you like us to contact you?").doesNotContain("name=\"name\"");
		ResidentBrowser.Page second = this.browser.post(COMPLAINT + "/page/1", "shown", "preferredContact",
				"preferredContact", "email");
		assertThat(second.path()).isEqualTo(COMPLAINT + "/page/2");

		ResidentBrowser.Page refused = this.browser.post(COMPLAINT + "/page/2", "shown", "service", "shown", "summary",
				"shown", "details", "shown", "incidentDate", "shown", "raisedBefore", "shown", "desiredOutcome",
				"summary", "x".repeat(151), "incidentDate-day", "31", "incidentDate-month", "2", "incidentDate-year",
				"2026");
		assertThat(refused.path()).isEqualTo(COMPLAINT + "/page/2");
		assertThat(refused.html()).contains("<title>Error:", "govuk-form-group--error",
				"<span class=\"govuk-visually-hidden\">Error:</span>",
				"aria-describedby=\"details-hint details-info details-error\"");
		assertThat(refused.errorSummary()).contains("Select which service your complaint is about",
				"Summary must be 150 characters or fewer", "Tell us what happened", "Date must be a real date",
				"href=\"#service\"", "href=\"#incidentDate-day\"");
		assertThat(refused.html()).contains("value=\"31\"", "x".repeat(151));

		ResidentBrowser.Page third = this.browser.post(COMPLAINT + "/page/2", "shown", "service", "shown", "summary",
				"shown", "details", "shown", "incidentDate", "shown", "raisedBefore", "shown", "desiredOutcome",
				"service", "highways", "summary", "Pothole not repaired", "details",
				"The pothole outside number 4 has been reported three times.", "incidentDate-day", "3",
				"incidentDate-month", "2", "incidentDate-year", "2026", "raisedBefore", "true", "shown",
				"previousContact", "previousContact", "Phoned in January");
		assertThat(third.path()).isEqualTo(COMPLAINT + "/page/3");
		assertThat(third.html()).contains("href=\"" + COMPLAINT + "/page/2\"");
		ResidentBrowser.Page back = this.browser.get(COMPLAINT + "/page/2");
		assertThat(back.html()).contains("value=\"Pothole not repaired\"", "value=\"3\"", "value=\"2026\"");

		ResidentBrowser.Page help = this.browser.post(COMPLAINT + "/page/3", "shown", "documents");
		assertThat(help.path()).isEqualTo(COMPLAINT + "/page/4");
		ResidentBrowser.Page contact = this.browser.post(COMPLAINT + "/page/4", "shown", "reasonableAdjustments");
		assertThat(contact.path()).isEqualTo(COMPLAINT + "/contact");
		assertThat(contact.html()).contains("How we use your contact details", "name=\"address.postcode\"");
		ResidentBrowser.Page noName = this.browser.post(COMPLAINT + "/contact", "shown", "name", "shown", "email",
				"email", "not-an-email");
		assertThat(noName.errorSummary()).contains("Enter your full name",
				"Enter an email address in the correct format, like name@example.com");
		ResidentBrowser.Page check = this.browser.post(COMPLAINT + "/contact", "shown", "name", "shown", "email",
				"shown", "phone", "shown", "address", "name", "Sam Resident", "email", "sam@example.com");
		assertThat(check.path()).isEqualTo(COMPLAINT + "/check");
		assertThat(check.html()).contains("Roads, pavements, street lighting and highway maintenance",
				"3 February 2026", "Pothole not repaired", "Sam Resident", "sam@example.com");

		ResidentBrowser.Page change = this.browser.get(COMPLAINT + "/page/2?change");
		assertThat(change.html()).contains("value=\"Pothole not repaired\"", "name=\"change\"",
				"href=\"" + COMPLAINT + "/check\"");
		ResidentBrowser.Page changed = this.browser.post(COMPLAINT + "/page/2", "change", "true", "shown", "service",
				"shown", "summary", "shown", "details", "shown", "incidentDate", "shown", "raisedBefore", "shown",
				"desiredOutcome", "service", "highways", "summary", "Pothole still not repaired", "details",
				"The pothole outside number 4 has been reported three times.", "incidentDate-day", "3",
				"incidentDate-month", "2", "incidentDate-year", "2026", "raisedBefore", "true", "shown",
				"previousContact", "previousContact", "Phoned in January");
		assertThat(changed.path()).isEqualTo(COMPLAINT + "/check");
		assertThat(changed.html()).contains("Pothole still not repaired", "Sam Resident");

		ResidentBrowser.Page confirmation = this.browser.post(COMPLAINT + "/submit", "website", "");
		assertThat(confirmation.path()).isEqualTo(COMPLAINT + "/confirmation");
		String reference = reference(confirmation);
		assertThat(reference).startsWith("CMP-");
		assertThat(confirmation.html()).contains("id=\"track-link\" href=\"/t/" + TENANT + "/track/");
		assertThat(confirmation.html()).contains("Acknowledgement: within 5 working days");
		assertThat(confirmation.html()).contains("<title>Complaint sent – North Shire County Council</title>",
				"<h1 class=\"govuk-panel__title\">Complaint sent</h1>", "Keep this link: bookmark it",
				"id=\"find-link\" href=\"/t/" + TENANT + "/track\"");

		CaseResource logged = only(reference);
		assertThat(logged.channel()).isEqualTo("web");
		assertThat(logged.data().path("summary").asString()).isEqualTo("Pothole still not repaired");
		assertThat(logged.data().path("incidentDate").asString()).isEqualTo("2026-02-03");
		assertThat(logged.data().path("raisedBefore").asBoolean()).isTrue();
		assertThat(logged.data().has("name")).isFalse();
		assertThat(logged.data().has("email")).isFalse();
	}

	@Test
	void aConditionalQuestionIsRevealedByItsAnswerAndKeptOnlyWhenItsConditionHolds() {
		String asc = "/t/" + TENANT + "/feedback/asc-complaint";
		ResidentBrowser.Page first = this.browser.get(asc);
		assertThat(first.html()).contains("name=\"onBehalfOf\"", "data-aria-controls=\"conditional-onBehalfOf-true\"",
				"govuk-radios__conditional--hidden", "id=\"conditional-onBehalfOf-true\"", "name=\"relationship\"");
		ResidentBrowser.Page second = this.browser.post(asc + "/page/1", "shown", "onBehalfOf", "shown", "relationship",
				"shown", "consentGiven", "onBehalfOf", "true", "relationship", "Daughter", "consentGiven", "true");
		assertThat(second.path()).isEqualTo(asc + "/page/2");
		assertThat(this.browser.get(asc + "/page/1").html())
			.contains("class=\"govuk-radios__conditional\"", "value=\"Daughter\"")
			.doesNotContain("govuk-radios__conditional--hidden");
		assertThat(this.browser.get(asc + "/check").html()).contains("Daughter");

		this.browser.post(asc + "/page/1", "change", "true", "shown", "onBehalfOf", "shown", "relationship", "shown",
				"consentGiven", "onBehalfOf", "false", "relationship", "Daughter");
		assertThat(this.browser.get(asc + "/check").html()).doesNotContain("Daughter");
	}

	@Test
	void aDoubleSubmitLogsOneCase() {
		String reference = completeAComplaint("Bins not emptied twice");
		ResidentBrowser.Page again = this.browser.post(COMPLAINT + "/submit", "website", "");
		assertThat(reference(again)).isEqualTo(reference);
		assertThat(cases().stream().filter(c -> "Bins not emptied twice".equals(c.summary())).count()).isEqualTo(1);
	}

	@Test
	void onceSentTheJourneysPagesStartAfreshButTheConfirmationStays() {
		String reference = completeAComplaint("Streetlight out on Mill Lane");
		ResidentBrowser.Page check = this.browser.get(COMPLAINT + "/check");
		assertThat(check.path()).isEqualTo(COMPLAINT + "/page/1");
		assertThat(check.html()).doesNotContain("Streetlight out on Mill Lane", "Alex Resident");
		assertThat(this.browser.get(COMPLAINT + "/page/2").html()).doesNotContain("Streetlight out on Mill Lane");
		assertThat(this.browser.get(COMPLAINT + "/contact").html()).doesNotContain("Alex Resident");
		assertThat(this.browser.get(COMPLAINT + "/check").html()).doesNotContain("Streetlight out on Mill Lane");
		assertThat(reference(this.browser.get(COMPLAINT + "/confirmation"))).isEqualTo(reference);
	}

	@Test
	void answersSavedPageByPageOutliveTheSessionUntilTheFeedbackIsSent() {
		fillInAComplaint("Potholes on Church Street");
		this.browser.forgetSession();
		ResidentBrowser.Page check = this.browser.get(COMPLAINT + "/check");
		assertThat(check.path()).isEqualTo(COMPLAINT + "/check");
		assertThat(check.html()).contains("Potholes on Church Street", "Alex Resident");

		String reference = reference(this.browser.post(COMPLAINT + "/submit", "website", ""));
		assertThat(only(reference).summary()).isEqualTo("Potholes on Church Street");
		this.browser.forgetSession();
		assertThat(this.browser.get(COMPLAINT + "/check").html()).doesNotContain("Potholes on Church Street",
				"Alex Resident");
	}

	@Test
	void theConfirmationIsTitledWithTheFeedbackTypeInTheReadersLanguage() {
		assertThat(honeypotConfirmation("/t/" + TENANT + "/feedback/comment")).contains("Comment or suggestion sent");
		assertThat(honeypotConfirmation("/t/" + deployed("unitary-council-triage") + "/feedback/contact"))
			.contains("<h1 class=\"govuk-panel__title\">Message sent</h1>");
		String ombudsman = "/t/" + deployed("ombudsman-customer-care") + "/feedback/service-complaint-ongoing";
		assertThat(honeypotConfirmation(ombudsman + "?lang=cy"))
			.contains("Cwyn am wasanaeth - achos sy&#39;n parhau wedi dod i law");
	}

	/** The confirmation a bot that fills the honeypot is shown (nothing is logged). */
	private String honeypotConfirmation(String type) {
		this.browser.get(type);
		String path = type.replaceAll("\\?.*$", "");
		return this.browser.post(path + "/submit", "website", "http://spam.example").html();
	}

	@Test
	void aFilledHoneypotPretendsSuccessAndStoresNothing() {
		fillInAComplaint("Honeypot complaint");
		int before = cases().size();
		ResidentBrowser.Page confirmation = this.browser.post(COMPLAINT + "/submit", "website", "http://spam.example");
		assertThat(confirmation.path()).isEqualTo(COMPLAINT + "/confirmation");
		assertThat(confirmation.html()).contains("Complaint sent").doesNotContain("id=\"reference\"", "track-link");
		assertThat(cases()).hasSize(before);
		assertThat(cases()).noneMatch(c -> "Honeypot complaint".equals(c.summary()));
	}

	@Test
	void aSubmissionThatFailsValidationStoresNothing() {
		this.browser.get(COMPLAINT);
		this.browser.post(COMPLAINT + "/page/1", "shown", "preferredContact");
		int before = cases().size();
		ResidentBrowser.Page check = this.browser.get(COMPLAINT + "/check");
		ResidentBrowser.Page refused = this.browser.post(COMPLAINT + "/submit", "website", "");
		assertThat(check.status()).isEqualTo(200);
		assertThat(refused.path()).isEqualTo(COMPLAINT + "/submit");
		assertThat(refused.errorSummary()).contains("Enter your full name", "Tell us what happened",
				"href=\"" + COMPLAINT + "/page/2?change#details\"");
		assertThat(cases()).hasSize(before);
	}

	@Test
	void welshToggleShowsTheFixedTextInWelsh() {
		ResidentBrowser.Page english = this.browser.get(COMPLAINT + "/page/1");
		assertThat(english.html()).contains(">Continue<", "lang=\"en\"");
		ResidentBrowser.Page welsh = this.browser.get(COMPLAINT + "/page/1?lang=cy");
		assertThat(welsh.html()).contains(">Parhau<", "Yn ôl", "lang=\"cy\"", "Neidio i&#39;r prif gynnwys");
		assertThat(this.browser.get("/t/" + TENANT + "/feedback").html()).contains("Rhoi adborth i");
	}

	@Test
	void everyPublicFormOfEveryShippedPackRenders() {
		for (String pack : List.of("county-council", "unitary-council-triage", "ombudsman-customer-care",
				"central-government-department")) {
			String tenant = "resident-" + pack;
			if (this.tenants.find(tenant).isEmpty()) {
				this.deployment.deployShipped(tenant, pack, true);
			}
			ResidentBrowser.Page start = this.browser.get("/t/" + tenant + "/feedback");
			assertThat(start.status()).as(pack).isEqualTo(200);
			Matcher types = Pattern.compile("href=\"/t/" + tenant + "/feedback/([a-z0-9-]+)\"").matcher(start.html());
			int found = 0;
			while (types.find()) {
				found++;
				String type = "/t/" + tenant + "/feedback/" + types.group(1);
				assertThat(this.browser.get(type).path()).as(type).isEqualTo(type + "/page/1");
				int number = 1;
				for (ResidentBrowser.Page page = this.browser.get(type + "/page/1"); page
					.status() != 404; page = this.browser.get(type + "/page/" + ++number)) {
					assertThat(page.status()).as(type + " page " + number).isEqualTo(200);
					assertThat(page.html()).as(type + " page " + number).contains("govuk-button");
				}
				assertThat(number).as(type).isGreaterThan(1);
				assertThat(this.browser.get(type + "/contact").status()).as(type).isIn(200, 404);
				assertThat(this.browser.get(type + "/check").status()).as(type).isEqualTo(200);
			}
			assertThat(found).as(pack).isPositive();
		}
	}

	@Test
	void welshToggleIsOfferedWhenTheTenantsBrandingEnablesWelsh(@TempDir Path pack) throws IOException {
		try (Stream<Path> files = Files.list(Path.of("../../tenant-configs/county-council"))) {
			for (Path file : files.toList()) {
				Files.copy(file, pack.resolve(file.getFileName()));
			}
		}
		Path complaint = pack.resolve("feedback-type.complaint-stage-1.json");
		Files.writeString(complaint,
				Files.readString(complaint)
					.replace("\"summary\": \"Tell us if you are unhappy with a council service\"",
							"\"summary\": {\"en\": \"Tell us if you are unhappy with a council service\", "
									+ "\"cy\": \"Dywedwch wrthym os ydych yn anhapus gyda gwasanaeth y cyngor\"}"));
		Path branding = pack.resolve("branding.public-pages.json");
		Files.writeString(branding, Files.readString(branding).replace("\"welsh\": false", "\"welsh\": true"));
		String tenant = "resident-welsh-county";
		this.deployment.deploy(tenant, PackSource.fromDirectory(pack),
				PackRepository.directory(Path.of("../../tenant-configs")), false, true);
		ResidentBrowser.Page english = this.browser.get("/t/" + tenant + "/feedback");
		assertThat(english.html()).contains("id=\"language-toggle\"", "?lang=cy", "Cymraeg",
				"Tell us if you are unhappy with a council service");
		ResidentBrowser.Page welsh = this.browser.get("/t/" + tenant + "/feedback?lang=cy");
		assertThat(welsh.html()).contains("Rhoi adborth i",
				"Dywedwch wrthym os ydych yn anhapus gyda gwasanaeth y cyngor", "?lang=en", "lang=\"cy\"");
		assertThat(this.browser.get("/t/" + TENANT + "/feedback").html()).doesNotContain("id=\"language-toggle\"");
	}

	@Test
	void pagesCarryTheTenantsBrandingFromItsConfiguration() {
		ResidentBrowser.Page start = this.browser.get("/t/" + TENANT + "/feedback");
		assertThat(start.html()).contains("href=\"/t/" + TENANT + "/brand.css\"",
				"href=\"https://www.north-shire.example/privacy/feedback\"",
				"href=\"https://www.north-shire.example/accessibility\"");
		ResidentBrowser.Page brand = this.browser.get("/t/" + TENANT + "/brand.css");
		assertThat(brand.status()).isEqualTo(200);
		assertThat(brand.html()).contains(".candour-brand.govuk-header { background-color: #1d70b8;");
		this.browser.get(COMPLAINT);
		assertThat(this.browser.get(COMPLAINT + "/contact").html()).contains("Read our privacy notice");
	}

	@Test
	void servesTheGovukAssetsAndTheStartScript() {
		assertThat(this.browser.get("/resident/init.js").html()).contains("initAll");
		assertThat(this.browser.get("/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.js").status())
			.isEqualTo(200);
		assertThat(this.browser.get("/assets/images/favicon.ico").status()).isEqualTo(200);
	}

	@Test
	void theStepsCountTheContactAndCheckPages() {
		assertThat(this.browser.get(COMPLAINT).html()).contains("Step 1 of 6");
		assertThat(this.browser.get(COMPLAINT + "/page/4").html()).contains("Step 4 of 6");
		assertThat(this.browser.get(COMPLAINT + "/contact").html()).contains("Step 5 of 6");
		assertThat(this.browser.get(COMPLAINT + "/check").html()).contains("Step 6 of 6");
	}

	@Test
	void aPageAskingOneQuestionHasTheQuestionAsItsHeadingOnce() {
		String comment = "/t/" + TENANT + "/feedback/comment";
		String select = body(this.browser.get(comment + "/page/1"));
		assertThat(select).contains("<h1 class=\"govuk-label-wrapper\"><label class=\"govuk-label govuk-label--l\"");
		assertThat(occurrences(select, "Which service is your comment about?")).isEqualTo(1);
		assertThat(occurrences(select, "<h1")).isEqualTo(1);
		String radios = body(this.browser.get(comment + "/page/4"));
		assertThat(radios).contains("<h1 class=\"govuk-fieldset__heading\">");
		assertThat(occurrences(radios, "Would you like a reply?")).isEqualTo(1);
		assertThat(occurrences(radios, "<h1")).isEqualTo(1);
		String category = body(this.browser.get(COMPLAINT + "/page/4"));
		assertThat(category).contains("<h1 class=\"govuk-heading-l\">Help and adjustments</h1>")
			.doesNotContain("govuk-label-wrapper");
	}

	@Test
	void choosingAWayToBeContactedNeedsThatContactDetail() {
		this.browser.get(COMPLAINT);
		this.browser.post(COMPLAINT + "/page/1", "shown", "preferredContact", "preferredContact", "email");
		ResidentBrowser.Page refused = this.browser.post(COMPLAINT + "/contact", "shown", "name", "shown", "email",
				"shown", "phone", "shown", "address", "name", "Sam Resident", "phone", "01632 960 001");
		assertThat(refused.path()).isEqualTo(COMPLAINT + "/contact");
		assertThat(refused.errorSummary())
			.contains("Enter your email address, or choose another way for us to contact you", "href=\"#email\"");
		this.browser.post(COMPLAINT + "/contact", "shown", "name", "shown", "email", "shown", "phone", "shown",
				"address", "name", "Sam Resident", "email", "sam@example.com");
		this.browser.post(COMPLAINT + "/page/2", "shown", "service", "shown", "summary", "shown", "details", "service",
				"transport", "summary", "Timetable missing", "details", "No timetable at the stop.");
		this.browser.post(COMPLAINT + "/page/1", "change", "true", "shown", "preferredContact", "preferredContact",
				"letter");
		int before = cases().size();
		ResidentBrowser.Page submitted = this.browser.post(COMPLAINT + "/submit", "website", "");
		assertThat(submitted.errorSummary()).contains(
				"Enter your postal address, or choose another way for us to contact you",
				"href=\"" + COMPLAINT + "/contact?change#address.line1\"");
		assertThat(cases()).hasSize(before);
	}

	@Test
	void aPartialPostalAddressIsRefused() {
		this.browser.get(COMPLAINT);
		ResidentBrowser.Page contact = this.browser.get(COMPLAINT + "/contact");
		assertThat(contact.html()).contains("Address line 2 (optional)")
			.doesNotContain("Town or city (optional)", "Postcode (optional)");
		ResidentBrowser.Page refused = this.browser.post(COMPLAINT + "/contact", "shown", "name", "shown", "email",
				"shown", "phone", "shown", "address", "name", "Sam Resident", "address.line1", "4 High Street");
		assertThat(refused.path()).isEqualTo(COMPLAINT + "/contact");
		assertThat(refused.errorSummary()).contains("Enter postcode", "href=\"#address.postcode\"");
	}

	@Test
	void aDateThatMustBeInThePastIsRefusedInTheFuture() {
		this.browser.get(COMPLAINT);
		ResidentBrowser.Page refused = yourComplaint("2099");
		assertThat(refused.path()).isEqualTo(COMPLAINT + "/page/2");
		assertThat(refused.errorSummary()).contains("The date must be today or in the past",
				"href=\"#incidentDate-day\"");
		assertThat(yourComplaint("2001").path()).isEqualTo(COMPLAINT + "/page/3");
	}

	@Test
	void startPagesShowOnlyPublicTimescalesInResidentWording() {
		ResidentBrowser.Page county = this.browser.get("/t/" + TENANT + "/feedback");
		assertThat(county.html())
			.contains("Acknowledgement: within 5 working days", "Dealing with your request: within 10 working days")
			.doesNotContain("Acknowledgement due", "Pass to the service by", "Service standard (local",
					"Six-month backstop");
		String unitary = deployed("unitary-council-triage");
		assertThat(this.browser.get("/t/" + unitary + "/feedback").html())
			.contains("Report a problem or make a complaint",
					"Deciding how we will deal with your message: within 2 working days")
			.doesNotContain("to be triaged", "Triage within");
		String ombudsman = deployed("ombudsman-customer-care");
		assertThat(this.browser.get("/t/" + ombudsman + "/feedback?lang=cy").html())
			.contains("Ein hateb: o fewn 20 diwrnod gwaith", "Ein hymateb: o fewn 40 diwrnod gwaith")
			.doesNotContain("Ateb o fewn 20 diwrnod gwaith", "Dim achos yn hŷn");
	}

	private ResidentBrowser.Page yourComplaint(String year) {
		return this.browser.post(COMPLAINT + "/page/2", "shown", "service", "shown", "summary", "shown", "details",
				"shown", "incidentDate", "service", "transport", "summary", "Bus late", "details", "The bus was late.",
				"incidentDate-day", "1", "incidentDate-month", "1", "incidentDate-year", year);
	}

	private String deployed(String pack) {
		String tenant = "resident-" + pack;
		if (this.tenants.find(tenant).isEmpty()) {
			this.deployment.deployShipped(tenant, pack, true);
		}
		return tenant;
	}

	private static String body(ResidentBrowser.Page page) {
		return page.html().substring(page.html().indexOf("<body"));
	}

	private static int occurrences(String text, String part) {
		int count = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
			count++;
		}
		return count;
	}

	private String completeAComplaint(String summary) {
		fillInAComplaint(summary);
		return reference(this.browser.post(COMPLAINT + "/submit", "website", ""));
	}

	private void fillInAComplaint(String summary) {
		this.browser.get(COMPLAINT);
		this.browser.post(COMPLAINT + "/page/1", "shown", "preferredContact");
		this.browser.post(COMPLAINT + "/page/2", "shown", "service", "shown", "summary", "shown", "details", "service",
				"transport", "summary", summary, "details", "Details of " + summary);
		this.browser.post(COMPLAINT + "/page/3", "shown", "reasonableAdjustments");
		ResidentBrowser.Page check = this.browser.post(COMPLAINT + "/contact", "shown", "name", "name",
				"Alex Resident");
		assertThat(check.path()).isEqualTo(COMPLAINT + "/check");
	}

	private static String reference(ResidentBrowser.Page page) {
		Matcher matcher = REFERENCE.matcher(page.html());
		assertThat(matcher.find()).as("a reference on %s", page.path()).isTrue();
		return matcher.group(1).trim();
	}

	private CaseResource only(String reference) {
		List<CaseResource> found = cases().stream().filter(c -> c.reference().equals(reference)).toList();
		assertThat(found).hasSize(1);
		return found.get(0);
	}

	private List<CaseResource> cases() {
		LinkedMultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		params.add("size", "200");
		return TenantContext.callAs(this.tenants.get(TENANT).asCurrent(), () -> this.queries.search(params).content());
	}

}
