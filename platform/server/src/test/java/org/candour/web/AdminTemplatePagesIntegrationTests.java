package org.candour.web;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.candour.config.DraftDocument;
import org.candour.config.DraftManagement;
import org.candour.definition.ConfigDocument;
import org.candour.support.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The notification template pages on a tenant of the county council pack: what sends each
 * template, subject and body edited as draft edits and previewed with a sample case,
 * placeholders checked on their fields, Welsh beside English, the GOV.UK Notify template
 * id warning, creating a template, conflicts, and auditors who only read.
 */
@CandourWebTest
class AdminTemplatePagesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	DraftManagement drafts;

	@Autowired
	Api api;

	@Autowired
	AdminTenants adminTenants;

	AdminTenant tenant;

	String templates;

	@BeforeEach
	void countyTenant() {
		this.tenant = this.adminTenants.county();
		this.templates = this.tenant.admin() + "/templates";
	}

	@Test
	void listsTheTemplatesWithWhatSendsEachAndNarrowsToOneFeedbackTypes() {
		ResidentBrowser browser = signedIn(AdminTenant.ADMIN);
		ResidentBrowser.Page all = browser.get(this.templates);
		assertThat(all.status()).isEqualTo(200);
		assertThat(all.html()).contains("Compliment received", "Acknowledges new ‘Compliment’ cases",
				"href=\"" + this.tenant.admin() + "/feedback-types/compliment/details#acknowledgementTemplate\"",
				"Acknowledges new ‘Freedom of Information request’ cases", "Email");

		ResidentBrowser.Page tasks = browser.get(this.tenant.admin() + "/feedback-types/compliment");
		assertThat(tasks.html()).contains("href=\"" + this.templates + "?type=compliment\"");
		ResidentBrowser.Page compliment = browser.get(this.templates + "?type=compliment");
		assertThat(compliment.html())
			.contains("Acknowledgement and other templates", "Compliment received", "details page")
			.doesNotContain("href=\"" + this.templates + "/foi-received\"");
	}

	@Test
	void savesANewSubjectAndPreviewsItFilledWithASampleCase() {
		ResidentBrowser browser = signedIn(AdminTenant.ADMIN);
		ResidentBrowser.Page edit = browser.get(this.templates + "/compliment-received");
		assertThat(edit.html()).contains("value=\"Thank you for your compliment {{reference}}\"", "{{trackingLink}}",
				"{{data.details}}", "The answer to ‘What would you like to tell us?’");
		assertThat(edit.html()).as("contact details are kept apart from the case").doesNotContain("{{data.email}}");

		ResidentBrowser.Page preview = browser.post(this.templates + "/compliment-received", fields(hash(edit.html()),
				"Thanks for your kind words about {{data.service}} ({{reference}})", body(edit.html())));
		assertThat(preview.path()).isEqualTo(this.templates + "/compliment-received/preview");
		assertThat(preview.html()).containsPattern("Thanks for your kind words about highways \\(CPL-\\d{4}-000123\\)")
			.containsPattern("by \\d{1,2} [A-Z][a-z]+ \\d{4}\\.")
			.contains("/t/" + this.tenant.id + "/track/sample-link", "As sent for a sample ‘Compliment’ case",
					"<span class=\"govuk-caption-l\">Compliment received</span>")
			.doesNotContain("{{");

		ConfigDocument saved = this.tenant
			.inTenant(() -> this.drafts.get("notification-template", "compliment-received"));
		assertThat(saved.content().at("/spec/subject").asString())
			.isEqualTo("Thanks for your kind words about {{data.service}} ({{reference}})");
		assertThat(saved.content().at("/spec/body").asString()).startsWith("Thank you for contacting {{tenantName}}.");
		assertThat(saved.content().at("/spec/placeholders").toString()).as("Notify's list follows the texts")
			.contains("data.service");
	}

	@Test
	void offersTheInputsOfTheActionsThatSendATemplateAsPlaceholders() {
		ResidentBrowser.Page edit = signedIn(AdminTenant.ADMIN).get(this.templates + "/service-request-completed");
		assertThat(edit.html()).contains("Sent to the person who gave the feedback on ‘", "{{data.decision}}",
				"The answer to ‘Outcome’");
	}

	@Test
	void saysWhichClockSendsATemplateWhenItIsBreached() {
		ResidentBrowser.Page edit = signedIn(AdminTenant.ADMIN).get(this.templates + "/complaint-stage-1-overdue");
		assertThat(edit.html()).contains("Sent to the team the case is with when ‘Stage 1 response due’ is breached");
	}

	@Test
	void refusesAPlaceholderCandourDoesNotFillOnItsFieldAndStoresNothing() {
		ResidentBrowser browser = signedIn(AdminTenant.ADMIN);
		ResidentBrowser.Page edit = browser.get(this.templates + "/compliment-received");
		ResidentBrowser.Page refused = browser.post(this.templates + "/compliment-received",
				fields(hash(edit.html()), "Thank you {{refrence}}", body(edit.html())));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.html()).contains("<title>Error: Compliment received", "govuk-error-summary",
				"href=\"#subjectEn\"", "Subject: &#39;{{refrence}}&#39; is not a placeholder Candour fills",
				"id=\"subjectEn-error\"", "value=\"Thank you {{refrence}}\"");
		assertThat(refused.html()).doesNotContain("/spec/", "{\"");
		assertThat(this.tenant.inTenant(() -> this.drafts.get("notification-template", "compliment-received"))
			.content()
			.at("/spec/subject")
			.asString()).isEqualTo("Thank you for your compliment {{reference}}");

		ResidentBrowser.Page empty = browser.post(this.templates + "/compliment-received",
				fields(hash(edit.html()), "", ""));
		assertThat(empty.status()).isEqualTo(422);
		assertThat(empty.html()).contains("href=\"#subjectEn\"", "Enter a subject: emails need one", "href=\"#bodyEn\"",
				"Enter the message");
	}

	@Test
	void savesAnAnswerNoQuestionGivesAndWarnsOfItAtTheField() {
		ResidentBrowser browser = signedIn(AdminTenant.ADMIN);
		ResidentBrowser.Page edit = browser.get(this.templates + "/compliment-received");
		ResidentBrowser.Page preview = browser.post(this.templates + "/compliment-received", fields(hash(edit.html()),
				"Thank you for your compliment {{reference}}", "Dear {{data.favouriteColour}}\n\nThank you."));
		assertThat(preview.status()).isEqualTo(200);
		assertThat(preview.html()).contains("Check these placeholders before publishing",
				"href=\"" + this.templates + "/compliment-received#bodyEn\"",
				"Message: &#39;{{data.favouriteColour}}&#39; is always blank");
		assertThat(browser.get(this.templates + "/compliment-received").html()).contains("href=\"#bodyEn\"",
				"is always blank");
	}

	@Test
	void showsWelshBesideEnglishWhenTheTenantOffersWelshAndChecksEachLanguage() {
		this.tenant.inTenant(() -> {
			ObjectNode branding = this.drafts.get("branding", "public-pages").content().deepCopy();
			((ObjectNode) branding.get("spec")).put("welsh", true);
			return this.drafts.put(new DraftDocument("branding", "public-pages", branding));
		});
		ResidentBrowser browser = signedIn(AdminTenant.ADMIN);
		ResidentBrowser.Page edit = browser.get(this.templates + "/compliment-received");
		assertThat(edit.html()).contains("Cymraeg (Welsh)", "id=\"subjectCy\"", "id=\"bodyCy\"");

		ResidentBrowser.Page refused = browser.post(this.templates + "/compliment-received", "hash", hash(edit.html()),
				"title", "Compliment received", "channel", "email", "subjectEn", "Thank you", "subjectCy",
				"Diolch {{cyfeirnod}}", "bodyEn", "Thank you.", "bodyCy", "Diolch.");
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.html()).contains("href=\"#subjectCy\"", "Subject in Welsh: &#39;{{cyfeirnod}}&#39;");

		ResidentBrowser.Page preview = browser.post(this.templates + "/compliment-received", "hash", hash(edit.html()),
				"title", "Compliment received", "channel", "email", "subjectEn", "Thank you {{reference}}", "subjectCy",
				"Diolch {{reference}}", "bodyEn", "Due by {{dueDate}}.", "bodyCy", "Erbyn {{dueDate}}.");
		assertThat(preview.html()).contains("id=\"preview-cy\"", "lang=\"cy\"")
			.containsPattern("Diolch CPL-\\d{4}-000123");
		ConfigDocument saved = this.tenant
			.inTenant(() -> this.drafts.get("notification-template", "compliment-received"));
		assertThat(saved.content().at("/spec/subject/en").asString()).isEqualTo("Thank you {{reference}}");
		assertThat(saved.content().at("/spec/subject/cy").asString()).isEqualTo("Diolch {{reference}}");
	}

	@Test
	void warnsWhenTheTenantSendsThroughNotifyAndTheTemplateHasNoNotifyId() {
		ResidentBrowser browser = signedIn(AdminTenant.ADMIN);
		assertThat(browser.get(this.templates + "/compliment-received").html()).doesNotContain("notify-warning");
		Api.Response notify = this.api.put("/api/tenants/" + this.tenant.id + "/notification-settings",
				Map.of("provider", "notify", "notifyApiKeyReference", "CANDOUR_NOTIFY_ADMIN_TESTS"));
		assertThat(notify.status()).as(notify.body().toString()).isEqualTo(200);

		ResidentBrowser.Page edit = browser.get(this.templates + "/compliment-received");
		assertThat(edit.html()).contains("id=\"notify-warning\"", "this template has no Notify template id");
		assertThat(browser.get(this.templates).html()).contains("No Notify template id");
		ResidentBrowser.Page refused = browser.post(this.templates + "/compliment-received", "hash", hash(edit.html()),
				"title", "Compliment received", "channel", "email", "notifyTemplateId", "not-a-uuid", "subjectEn",
				"Thanks", "bodyEn", "Thank you.");
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.html()).contains("href=\"#notifyTemplateId\"", "Enter the GOV.UK Notify template id");

		browser.post(this.templates + "/compliment-received", "hash", hash(edit.html()), "title", "Compliment received",
				"channel", "email", "notifyTemplateId", "8b1d6a4e-2f0c-4c1e-9d3a-5b7e1f2a3c4d", "subjectEn", "Thanks",
				"bodyEn", "Thank you.");
		assertThat(browser.get(this.templates + "/compliment-received").html()).doesNotContain("notify-warning")
			.contains("value=\"8b1d6a4e-2f0c-4c1e-9d3a-5b7e1f2a3c4d\"");
	}

	@Test
	void createsATemplateWithAnIdMadeFromItsName() {
		ResidentBrowser browser = signedIn(AdminTenant.ADMIN);
		assertThat(browser.get(this.templates + "/new").html()).contains("Create a template", "{{reference}}");
		ResidentBrowser.Page created = browser.post(this.templates + "/new", "hash", "", "title", "Pothole fixed",
				"channel", "email", "subjectEn", "Your pothole {{reference}} is fixed", "bodyEn",
				"Thank you for telling {{tenantName}}.");
		assertThat(created.path()).isEqualTo(this.templates + "/pothole-fixed/preview");
		ConfigDocument template = this.tenant.inTenant(() -> this.drafts.get("notification-template", "pothole-fixed"));
		assertThat(template.title().asString()).isEqualTo("Pothole fixed");
		assertThat(template.content().at("/spec/channel").asString()).isEqualTo("email");
		assertThat(browser.get(this.templates).html()).contains("Pothole fixed", "Nothing sends it");
		assertThat(this.tenant.inTenant(() -> this.drafts.validate()).valid()).isTrue();
	}

	@Test
	void aSaveOverAnotherAdministratorsChangeShowsTheConflictPageAndWritesNothing() {
		ResidentBrowser first = signedIn(AdminTenant.ADMIN);
		ResidentBrowser second = signedIn(AdminTenant.ADMIN);
		String firstHash = hash(first.get(this.templates + "/comment-received").html());
		String secondHash = hash(second.get(this.templates + "/comment-received").html());
		assertThat(first.post(this.templates + "/comment-received", fields(firstHash, "First {{reference}}", "First."))
			.status()).isEqualTo(200);
		ResidentBrowser.Page conflict = second.post(this.templates + "/comment-received",
				fields(secondHash, "Second {{reference}}", "Second."));
		assertThat(conflict.status()).isEqualTo(409);
		assertThat(conflict.html()).contains("Someone else changed this template while you were editing it",
				"href=\"" + this.templates + "/comment-received\"");
		assertThat(this.tenant.inTenant(() -> this.drafts.get("notification-template", "comment-received"))
			.content()
			.at("/spec/subject")
			.asString()).isEqualTo("First {{reference}}");
	}

	@Test
	void anAuditorReadsTheTemplatePagesWithoutButtonsAndIsRefusedAChange() {
		ResidentBrowser auditor = signedIn(AdminTenant.AUDITOR);
		for (String path : new String[] { "", "?type=compliment", "/new", "/compliment-received",
				"/compliment-received/preview" }) {
			ResidentBrowser.Page page = auditor.get(this.templates + path);
			assertThat(page.status()).as(path).isEqualTo(200);
			assertThat(page.html()).as(path)
				.contains("Read only")
				.doesNotContain("Save and preview</button>", "Create template</button>", "Create a template</a>");
		}
		String hash = hash(auditor.get(this.templates + "/compliment-received").html());
		ResidentBrowser.Page refused = auditor.post(this.templates + "/compliment-received",
				fields(hash, "Changed by an auditor", "Body."));
		assertThat(refused.status()).isEqualTo(403);
		assertThat(this.tenant.inTenant(() -> this.drafts.get("notification-template", "compliment-received"))
			.content()
			.at("/spec/subject")
			.asString()).isEqualTo("Thank you for your compliment {{reference}}");
	}

	private static String[] fields(String hash, String subject, String body) {
		return new String[] { "hash", hash, "title", "Compliment received", "channel", "email", "subjectEn", subject,
				"bodyEn", body };
	}

	/** The English body as the page shows it (HTML-escaped in the textarea). */
	private static String body(String html) {
		Matcher body = Pattern.compile("<textarea[^>]*id=\"bodyEn\"[^>]*>([^<]*)</textarea>").matcher(html);
		assertThat(body.find()).isTrue();
		return org.springframework.web.util.HtmlUtils.htmlUnescape(body.group(1));
	}

	private static String hash(String html) {
		Matcher hash = Pattern.compile("name=\"hash\" value=\"([^\"]*)\"").matcher(html);
		assertThat(hash.find()).as("the page carries the document's hash").isTrue();
		return hash.group(1);
	}

	private ResidentBrowser signedIn(String user) {
		return this.tenant.signedIn(this.port, user);
	}

}
