package org.candour.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.candour.support.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new feedback type made entirely in the administration pages — its acknowledgement
 * template, its details, a form of three pages, published — by a scripted administrator
 * who only fills in and submits the pages a person would, counting the submissions (the
 * issue's budget is 40); then a resident answers the new form, its new page included, and
 * gets a reference with the new prefix, with no restart.
 */
@CandourWebTest
class AdminNewFeedbackTypeIntegrationTests {

	private static final int SUBMISSION_BUDGET = 40;

	@LocalServerPort
	int port;

	@Autowired
	AdminTenants adminTenants;

	@Autowired
	Api api;

	AdminTenant tenant;

	@BeforeEach
	void countyTenant() {
		this.tenant = this.adminTenants.county();
	}

	@Test
	void aNewTypeWithAThreePageFormAndItsOwnAcknowledgementIsPublishedWithinFortySubmissions() {
		ScriptedAdmin admin = new ScriptedAdmin(this.tenant.signedIn(this.port, AdminTenant.ADMIN));
		String home = this.tenant.admin();

		ResidentBrowser.Page template = admin.fillIn(home + "/templates/new", "title", "Bulky waste request received",
				"channel", "email", "subjectEn", "We have your bulky waste request {{reference}}", "bodyEn",
				"We will contact you to arrange a collection. Follow your request: {{trackingLink}}");
		assertThat(template.path()).isEqualTo(home + "/templates/bulky-waste-request-received/preview");

		ResidentBrowser.Page type = admin.fillIn(home + "/feedback-types/new", "title", "Bulky waste collection",
				"description", "Requests to collect large household items", "category", "service-request", "audience",
				"public", "referencePrefix", "BULK", "retentionMonths", "24", "acknowledgementTemplate",
				"bulky-waste-request-received", "form", "service-request-form", "copyForm", "yes", "workflow",
				"service-request");
		String typeUrl = home + "/feedback-types/bulky-waste-collection";
		assertThat(type.path()).isEqualTo(typeUrl);
		String form = typeUrl + "/form";

		admin.addPage(form, "About the items", "textarea", "label", "What items should we collect?", "maxLength",
				"1000");
		admin.addQuestion(form, 3, "radios", "label", "Where will the items be?", "options",
				"Front garden\nBack garden\nKerbside", "required", "yes");

		ResidentBrowser.Page formPage = admin.browser.get(form);
		assertThat(formPage.html()).contains("id=\"page-3\"", "About the items", "Where will the items be?")
			.doesNotContain("id=\"page-4\"");

		assertThat(admin.browser.get(home + "/check").html()).contains("Bulky waste collection");
		ResidentBrowser.Page published = admin.submit(home + "/publish", "comment", "Bulky waste collection");
		assertThat(published.html()).contains("Version 2");

		assertThat(admin.submissions).as("page submissions to make and publish the type")
			.isLessThanOrEqualTo(SUBMISSION_BUDGET);
		System.out.println("A new feedback type made and published in " + admin.submissions + " page submissions");

		String reference = residentAsksForACollection("/t/" + this.tenant.id + "/feedback/bulky-waste-collection");
		assertThat(reference).startsWith("BULK-");
		JsonNode sent = this.api.get("/api/tenants/" + this.tenant.id + "/cases/" + reference + "/notifications")
			.body();
		assertThat(sent.findValuesAsString("template")).contains("bulky-waste-request-received");
		assertThat(sent.findValuesAsString("subject")).contains("We have your bulky waste request " + reference);
	}

	private String residentAsksForACollection(String journey) {
		ResidentBrowser resident = new ResidentBrowser(this.port);
		ResidentBrowser.Page first = resident.get(journey);
		assertThat(first.path()).isEqualTo(journey + "/page/1");
		ResidentBrowser.Page second = answer(resident, journey + "/page/1", "service", "waste-services", "requestType",
				"request-service", "summary", "Old sofa", "details", "A three-seater sofa to collect.");
		assertThat(second.path()).as(second.html()).isEqualTo(journey + "/page/2");
		assertThat(second.html()).as("the new page before the contact details")
			.contains("What items should we collect?", "Where will the items be?");
		ResidentBrowser.Page unanswered = answer(resident, journey + "/page/2", "items", "");
		assertThat(unanswered.html()).as("the required new question")
			.contains("There is a problem", "Select an answer to ‘Where will the items be?’");
		ResidentBrowser.Page contact = answer(resident, journey + "/page/2", "itemsCollect", "A sofa", "items",
				"kerbside");
		assertThat(contact.path()).as(contact.html()).isEqualTo(journey + "/contact");
		ResidentBrowser.Page check = answer(resident, journey + "/contact", "name", "Sam Resident", "email",
				"sam@example.com");
		assertThat(check.path()).as(check.html()).isEqualTo(journey + "/check");
		assertThat(check.html()).contains("A sofa", "Kerbside");
		ResidentBrowser.Page confirmation = resident.post(journey + "/submit", "website", "");
		assertThat(confirmation.path()).isEqualTo(journey + "/confirmation");
		return confirmation.reference();
	}

	/** Posts {@code answers} (name, value…) as a page that showed each of them. */
	private static ResidentBrowser.Page answer(ResidentBrowser resident, String path, String... answers) {
		java.util.List<String> fields = new java.util.ArrayList<>(java.util.List.of(answers));
		for (int i = 0; i < answers.length; i += 2) {
			fields.add("shown");
			fields.add(answers[i]);
		}
		return resident.post(path, fields.toArray(String[]::new));
	}

	/**
	 * An administrator who opens each page before submitting it, as a person would,
	 * sending back the hash the page carried; counts the submissions.
	 */
	private static final class ScriptedAdmin {

		private static final Pattern HIDDEN = Pattern
			.compile("<input type=\"hidden\" name=\"([^\"]+)\"[^>]*?value=\"([^\"]*)\"");

		final ResidentBrowser browser;

		int submissions;

		ScriptedAdmin(ResidentBrowser browser) {
			this.browser = browser;
		}

		/** Opens the page at {@code path} and submits it with {@code fields}. */
		ResidentBrowser.Page fillIn(String path, String... fields) {
			ResidentBrowser.Page page = this.browser.get(path);
			assertThat(page.status()).as(path).isEqualTo(200);
			return submit(path, withHash(page.html(), fields));
		}

		ResidentBrowser.Page submit(String path, String... fields) {
			this.submissions++;
			ResidentBrowser.Page after = this.browser.post(path, fields);
			assertThat(after.status()).as(path + ": " + after.html()).isLessThan(400);
			return after;
		}

		void addPage(String form, String title, String kind, String... question) {
			ResidentBrowser.Page firstQuestion = fillIn(form + "/pages/new", "title", title, "kind", kind);
			assertThat(firstQuestion.path()).startsWith(form + "/pages/new/" + kind);
			ResidentBrowser.Page added = submit(firstQuestion.path(), withHash(firstQuestion.html(), question));
			assertThat(added.path()).isEqualTo(form);
		}

		void addQuestion(String form, int page, String kind, String... question) {
			ResidentBrowser.Page words = fillIn(form + "/pages/" + page + "/questions/new", "kind", kind);
			assertThat(words.path()).isEqualTo(form + "/pages/" + page + "/questions/new/" + kind);
			ResidentBrowser.Page added = submit(words.path(), withHash(words.html(), question));
			assertThat(added.path()).isEqualTo(form);
		}

		/** {@code fields} and the page's hidden inputs, as a browser would send them. */
		private static String[] withHash(String html, String... fields) {
			java.util.List<String> all = new java.util.ArrayList<>(java.util.List.of(fields));
			Matcher hidden = HIDDEN.matcher(html);
			while (hidden.find()) {
				if (!"_csrf".equals(hidden.group(1)) && !all.contains(hidden.group(1))) {
					all.add(hidden.group(1));
					all.add(org.springframework.web.util.HtmlUtils.htmlUnescape(hidden.group(2)));
				}
			}
			return all.toArray(String[]::new);
		}

	}

}
