package org.candour.web;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.candour.config.DraftDocument;
import org.candour.config.DraftManagement;
import org.candour.queues.CaseQueries;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.LinkedMultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The preview of a feedback type's draft form on a tenant of the county council pack,
 * whose draft asks a new question residents do not see yet (the name to publish a
 * compliment with, shown only when the resident agrees to be named): the administrator
 * walks the resident pages with the draft's condition working, to a check your answers
 * page that sends nothing; a link for a colleague works without signing in until it
 * expires, and only with its own tenant and unaltered; auditors preview but do not share.
 */
@CandourWebTest
class AdminPreviewIntegrationTests {

	private static final String NEW_QUESTION = "The name to publish with your compliment";

	private static final Pattern SHARED = Pattern.compile("id=\"shared-url\"[^>]*value=\"[^\"]*(/t/[^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	DraftManagement drafts;

	@Autowired
	AdminTenants adminTenants;

	@Autowired
	CaseQueries queries;

	@Autowired
	StoppableClock clock;

	AdminTenant tenant;

	String preview;

	@BeforeEach
	void countyTenantWithANewConditionalQuestionInTheDraft() {
		this.tenant = this.adminTenants.county();
		this.preview = this.tenant.admin() + "/feedback-types/compliment/preview";
		this.tenant.inTenant(() -> {
			ObjectNode form = this.drafts.get("form", "compliment-form").content().deepCopy();
			ObjectNode schema = (ObjectNode) form.at("/spec/schema");
			((ObjectNode) schema.get("properties")).set("publicName",
					JsonMapper.builder()
						.build()
						.readTree("{\"type\": \"string\", \"title\": \"" + NEW_QUESTION + "\", \"maxLength\": 100}"));
			schema.set("allOf", JsonMapper.builder()
				.build()
				.readTree("[{\"if\": {\"properties\": {\"publicationPermission\": {\"const\": \"yes-with-name\"}},"
						+ " \"required\": [\"publicationPermission\"]}, \"then\": {\"required\": [\"publicName\"]}}]"));
			ObjectNode ui = (ObjectNode) form.at("/spec/uiSchema");
			ArrayNode elements = (ArrayNode) ui.get("elements");
			elements.insert(5, JsonMapper.builder()
				.build()
				.readTree("{\"type\": \"Control\", \"scope\": \"#/properties/publicName\", \"rule\": {\"effect\":"
						+ " \"SHOW\", \"condition\": {\"scope\": \"#/properties/publicationPermission\","
						+ " \"schema\": {\"const\": \"yes-with-name\"}}}}"));
			// the questions on one page, as the form builder's pages make them
			ObjectNode page = JsonMapper.builder().build().createObjectNode();
			page.put("type", "Category").put("label", "Your compliment").set("elements", elements);
			ui.put("type", "Categorization");
			ui.putArray("elements").add(page);
			return this.drafts.put(new DraftDocument("form", "compliment-form", form));
		});
	}

	@AfterEach
	void clockRuns() {
		this.clock.run();
	}

	@Test
	void thePreviewShowsTheDraftsNewQuestionThatResidentsDoNotSeeYet() {
		ResidentBrowser admin = this.tenant.signedIn(this.port, AdminTenant.ADMIN);
		ResidentBrowser.Page start = admin.get(this.preview);
		assertThat(start.status()).isEqualTo(200);
		assertThat(start.html()).contains("<title>Preview: Compliment – ", "id=\"preview-banner\"",
				"Preview of the draft: nothing you enter is stored or sent.", "Start the preview",
				"href=\"" + this.preview + "/page/1\"", "Create a link for a colleague",
				"href=\"" + this.tenant.admin() + "/feedback-types/compliment\"");

		ResidentBrowser.Page page = admin.get(this.preview + "/page/1");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html())
			.contains("id=\"preview-banner\"", "May we publish your compliment?", NEW_QUESTION,
					"data-aria-controls=\"conditional-publicationPermission-yes-with-name\"",
					"action=\"" + this.preview + "/page/1\"", "href=\"" + this.preview + "\"")
			.doesNotContain("This is a new service");

		ResidentBrowser.Page resident = new ResidentBrowser(this.port)
			.get("/t/" + this.tenant.id + "/feedback/compliment/page/1");
		assertThat(resident.status()).isEqualTo(200);
		assertThat(resident.html()).as("the published form: one question a page")
			.contains("Which service or team is your compliment about?", "This is a new service")
			.doesNotContain(NEW_QUESTION, "preview-banner");
	}

	@Test
	void theDraftsConditionWorksInThePreviewAndItsEndSendsAndStoresNothing() {
		ResidentBrowser admin = this.tenant.signedIn(this.port, AdminTenant.ADMIN);
		admin.get(this.preview + "/page/1");
		int before = cases();

		ResidentBrowser.Page unnamed = admin.post(this.preview + "/page/1", answers("yes-with-name", ""));
		assertThat(unnamed.status()).isEqualTo(200);
		assertThat(unnamed.path()).isEqualTo(this.preview + "/page/1");
		assertThat(unnamed.errorSummary()).contains("href=\"#publicName\"");

		ResidentBrowser.Page contact = admin.post(this.preview + "/page/1", answers("yes-with-name", "Sam Jones"));
		assertThat(contact.path()).isEqualTo(this.preview + "/contact");
		assertThat(contact.html()).contains("id=\"preview-banner\"");
		ResidentBrowser.Page check = admin.post(this.preview + "/contact", "shown", "name", "shown", "email", "shown",
				"phone");
		assertThat(check.path()).isEqualTo(this.preview + "/check");
		assertThat(check.html())
			.contains("id=\"preview-banner\"", NEW_QUESTION, "Sam Jones", "This is the end of the preview",
					"nothing has been sent or stored", "href=\"" + this.preview + "/page/1?change\"")
			.doesNotContain("Accept and send", "/submit");

		ResidentBrowser.Page notNamed = admin.post(this.preview + "/page/1", answers("no", "Sam Jones"));
		assertThat(notNamed.path()).as("the question that no longer applies is not asked")
			.isEqualTo(this.preview + "/contact");
		assertThat(admin.get(this.preview + "/check").html()).doesNotContain(NEW_QUESTION, "Sam Jones");
		assertThat(cases()).isEqualTo(before).isZero();
	}

	@Test
	void aColleaguesLinkOpensThePreviewWithoutSigningInUntilItExpires() {
		this.clock.stop();
		ResidentBrowser admin = this.tenant.signedIn(this.port, AdminTenant.ADMIN);
		admin.get(this.preview);
		ResidentBrowser.Page shared = admin.post(this.preview + "/link", "days", "1");
		assertThat(shared.status()).isEqualTo(200);
		assertThat(shared.html()).contains("Link created", "Copy this link and send it to your colleague");
		String link = sharedLink(shared.html());
		assertThat(link).startsWith("/t/" + this.tenant.id + "/preview/");

		ResidentBrowser colleague = new ResidentBrowser(this.port);
		ResidentBrowser.Page start = colleague.get(link);
		assertThat(start.status()).isEqualTo(200);
		assertThat(start.html())
			.contains("id=\"preview-banner\"", "Shared by " + AdminTenant.ADMIN, "this link works until",
					"Start the preview")
			.doesNotContain("Create a link for a colleague", "Back to the feedback type");
		ResidentBrowser.Page page = colleague.get(link + "/page/1");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html()).contains(NEW_QUESTION, "Shared by " + AdminTenant.ADMIN);
		ResidentBrowser.Page contact = colleague.post(link + "/page/1", answers("no", ""));
		assertThat(contact.path()).isEqualTo(link + "/contact");

		this.clock.advance(Duration.ofDays(1));
		assertInvalid(colleague.get(link));
		assertInvalid(colleague.get(link + "/page/1"));
	}

	@Test
	void anAlteredLinkOrAnotherTenantsLinkShowsThatItIsNotValid() {
		ResidentBrowser admin = this.tenant.signedIn(this.port, AdminTenant.ADMIN);
		admin.get(this.preview);
		String link = sharedLink(admin.post(this.preview + "/link", "days", "7").html());
		ResidentBrowser colleague = new ResidentBrowser(this.port);
		assertThat(colleague.get(link).status()).isEqualTo(200);

		String altered = link.substring(0, link.length() - 2) + (link.endsWith("A") ? "BB" : "AA");
		assertInvalid(colleague.get(altered));
		assertInvalid(colleague.get(altered + "/page/1"));
		assertInvalid(colleague.get("/t/" + this.tenant.id + "/preview/not-a-token"));
		AdminTenant other = this.adminTenants.county();
		assertInvalid(colleague.get(link.replace("/t/" + this.tenant.id + "/", "/t/" + other.id + "/")));
	}

	@Test
	void aDraftThatCannotBeCompiledSaysItsProblemsMustBeFixedBeforeAnyPreview() {
		ResidentBrowser admin = this.tenant.signedIn(this.port, AdminTenant.ADMIN);
		admin.get(this.preview);
		String link = sharedLink(admin.post(this.preview + "/link", "days", "7").html());
		ObjectNode working = complimentForm();
		ObjectNode broken = working.deepCopy();
		((ObjectNode) broken.at("/spec/schema/properties")).set("theme",
				JsonMapper.builder()
					.build()
					.readTree("{\"type\": \"string\", \"title\": \"Theme\", \"codeList\": \"no-such-list\"}"));
		putComplimentForm(broken);

		for (String path : new String[] { this.preview, this.preview + "/page/1", this.preview + "/check" }) {
			ResidentBrowser.Page blocked = admin.get(path);
			assertThat(blocked.status()).as(path).isEqualTo(409);
			assertThat(blocked.html()).as(path)
				.contains("<title>Preview: The draft has problems to fix before this form can be previewed – ",
						"<h1 class=\"govuk-heading-l\">The draft has problems to fix before this form can be previewed</h1>",
						"href=\"" + this.tenant.admin() + "/check\"", "id=\"preview-banner\"",
						"href=\"" + this.tenant.admin() + "/feedback-types/compliment\"")
				.doesNotContain(NEW_QUESTION, "Start the preview", "Whitelabel", "\"status\"");
		}
		assertThat(admin.get(this.tenant.admin() + "/feedback-types/no-such-type/preview").status())
			.as("a type the draft does not have")
			.isEqualTo(404);

		ResidentBrowser colleague = new ResidentBrowser(this.port);
		for (String path : new String[] { link, link + "/page/1" }) {
			ResidentBrowser.Page blocked = colleague.get(path);
			assertThat(blocked.status()).as(path).isEqualTo(409);
			assertThat(blocked.html()).as(path)
				.contains("<h1 class=\"govuk-heading-l\">This preview cannot be shown until the draft is fixed</h1>",
						"Shared by " + AdminTenant.ADMIN)
				.doesNotContain(NEW_QUESTION, "/admin/check", "Start the preview", "Whitelabel");
		}

		putComplimentForm(working);
		assertThat(admin.get(this.preview + "/page/1").html()).contains(NEW_QUESTION);
		assertThat(colleague.get(link + "/page/1").html()).contains(NEW_QUESTION);
	}

	@Test
	void thePreviewWearsTheDraftsBrandingWhileResidentsStillSeeTheLiveOne() {
		this.tenant.inTenant(() -> {
			ObjectNode branding = this.drafts.get("branding", "public-pages").content().deepCopy();
			((ObjectNode) branding.get("spec")).put("organisationName", "Shire of the North")
				.put("colour", "#00703c")
				.put("welsh", true)
				.put("startPageIntro", "Tell the Shire what you think of its services.");
			return this.drafts.put(new DraftDocument("branding", "public-pages", branding));
		});
		ResidentBrowser admin = this.tenant.signedIn(this.port, AdminTenant.ADMIN);

		ResidentBrowser.Page start = admin.get(this.preview);
		assertThat(start.html())
			.contains("<title>Preview: Compliment – Shire of the North</title>",
					"href=\"" + this.preview + "/brand.css\"", "id=\"language-toggle\"",
					"Tell the Shire what you think of its services.")
			.doesNotContain("North Shire County Council", "href=\"/t/" + this.tenant.id + "/brand.css\"");
		ResidentBrowser.Page page = admin.get(this.preview + "/page/1");
		assertThat(page.html()).contains("Shire of the North", "id=\"language-toggle\"")
			.doesNotContain("North Shire County Council");
		assertThat(admin.get(this.preview + "/brand.css").html()).contains("background-color: #00703c");
		assertThat(admin.get(this.preview + "/page/1?lang=cy").html()).contains("lang=\"cy\"", "Rhagolwg");
		admin.get(this.preview + "/page/1?lang=en");

		String link = sharedLink(admin.post(this.preview + "/link", "days", "1").html());
		ResidentBrowser colleague = new ResidentBrowser(this.port);
		assertThat(colleague.get(link + "/page/1").html())
			.contains("Shire of the North", "href=\"" + link + "/brand.css\"")
			.doesNotContain("North Shire County Council");
		assertThat(colleague.get(link + "/brand.css").html()).contains("#00703c");
		assertThat(colleague.get("/t/" + this.tenant.id + "/preview/not-a-token/brand.css").status()).isEqualTo(404);

		ResidentBrowser resident = new ResidentBrowser(this.port);
		String feedback = "/t/" + this.tenant.id + "/feedback";
		assertThat(resident.get(feedback).html()).contains("North Shire County Council")
			.doesNotContain("Shire of the North", "Tell the Shire", "id=\"language-toggle\"");
		assertThat(resident.get(feedback + "/compliment/page/1").html()).contains("North Shire County Council")
			.doesNotContain("Shire of the North");
		assertThat(resident.get("/t/" + this.tenant.id + "/brand.css").html()).doesNotContain("#00703c");
	}

	@Test
	void anAuditorPreviewsButCannotShareAndAnOfficerCannotPreview() {
		ResidentBrowser auditor = this.tenant.signedIn(this.port, AdminTenant.AUDITOR);
		ResidentBrowser.Page start = auditor.get(this.preview);
		assertThat(start.status()).isEqualTo(200);
		assertThat(start.html()).contains("Start the preview").doesNotContain("Create a link for a colleague");
		assertThat(auditor.get(this.preview + "/page/1").html()).contains(NEW_QUESTION);
		assertThat(auditor.post(this.preview + "/link", "days", "7").status()).isEqualTo(403);

		ResidentBrowser officer = this.tenant.signedIn(this.port, AdminTenant.OFFICER);
		assertThat(officer.get(this.preview).status()).isEqualTo(403);
		assertThat(new ResidentBrowser(this.port).get(this.preview).html()).doesNotContain(NEW_QUESTION);
	}

	@Test
	void aFileQuestionIsShownDisabledWithANoteAndNothingIsUploaded() {
		ResidentBrowser admin = this.tenant.signedIn(this.port, AdminTenant.ADMIN);
		String complaint = this.tenant.admin() + "/feedback-types/complaint-stage-1/preview";
		ResidentBrowser.Page files = admin.get(complaint + "/page/3");
		assertThat(files.status()).isEqualTo(200);
		assertThat(files.html())
			.contains("type=\"file\"", "disabled=\"disabled\"", "In a preview, files cannot be uploaded")
			.doesNotContain("/upload\"");
		assertThat(admin.post(complaint + "/page/3", "shown", "documents").path()).isEqualTo(complaint + "/page/4");
	}

	@Test
	void theTaskListAndTheFormPageLinkToThePreview() {
		ResidentBrowser admin = this.tenant.signedIn(this.port, AdminTenant.ADMIN);
		String href = "href=\"" + this.preview + "\"";
		assertThat(admin.get(this.tenant.admin() + "/feedback-types/compliment").html()).contains(href);
		assertThat(admin.get(this.tenant.admin() + "/feedback-types/compliment/form").html()).contains(href);
	}

	private ObjectNode complimentForm() {
		return this.tenant.inTenant(() -> this.drafts.get("form", "compliment-form").content().deepCopy());
	}

	private void putComplimentForm(ObjectNode form) {
		this.tenant.inTenant(() -> this.drafts.put(new DraftDocument("form", "compliment-form", form)));
	}

	private static String[] answers(String publicationPermission, String publicName) {
		return new String[] { "shown", "service", "shown", "staffMember", "shown", "summary", "shown", "details",
				"shown", "publicationPermission", "shown", "publicName", "service", "highways", "summary",
				"Gritting on time", "details", "The road was gritted before the frost.", "publicationPermission",
				publicationPermission, "publicName", publicName };
	}

	private static String sharedLink(String html) {
		Matcher shared = SHARED.matcher(html);
		assertThat(shared.find()).as("the link to copy").isTrue();
		return shared.group(1);
	}

	private static void assertInvalid(ResidentBrowser.Page page) {
		assertThat(page.status()).isEqualTo(404);
		assertThat(page.html())
			.contains("<h1 class=\"govuk-heading-l\">This preview link has expired or is not valid</h1>",
					"govuk-header")
			.doesNotContain(NEW_QUESTION, "Whitelabel");
	}

	private int cases() {
		LinkedMultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		params.add("size", "200");
		return this.tenant.inTenant(() -> this.queries.search(params).content().size());
	}

}
