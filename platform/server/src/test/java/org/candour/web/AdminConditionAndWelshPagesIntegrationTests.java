package org.candour.web;

import org.candour.config.DraftDocument;
import org.candour.config.DraftManagement;
import org.candour.definition.ConfigDocument;
import org.candour.tenancy.TenantContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.candour.web.AdminFormPagesIntegrationTests.hash;

/**
 * The form builder's condition and Welsh pages on a tenant of the county council pack: a
 * condition made of rows without JavaScript, saved as the question's rule, shown in words
 * and honoured on the resident pages; rows with problems refused on their fields; a
 * question's Welsh beside its English, listed while missing, and shown to a resident who
 * reads in Welsh.
 */
@CandourWebTest
class AdminConditionAndWelshPagesIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String STAFF = "Name of the member of staff (if you know it)";

	@LocalServerPort
	int port;

	@Autowired
	DraftManagement drafts;

	@Autowired
	AdminTenants adminTenants;

	AdminTenant tenant;

	String form;

	@BeforeEach
	void countyTenant() {
		this.tenant = this.adminTenants.county();
		this.form = this.tenant.admin() + "/feedback-types/compliment/form";
	}

	@Test
	void aConditionIsMadeOfRowsWithoutJavaScriptSavedInWordsAndHonouredForResidents() {
		ResidentBrowser browser = signedIn(AdminTenant.ADMIN);
		assertThat(browser.get(this.form).html()).contains("href=\"" + this.form + "/questions/staffMember/condition\"")
			.doesNotContain("/welsh\"");
		String path = this.form + "/questions/staffMember/condition";
		ResidentBrowser.Page page = browser.get(path);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html())
			.contains("When is this question asked?", STAFF, "Show this question when", "id=\"rows[0].question\"",
					"<option value=\"service\">Which service or team is your compliment about?",
					"Save condition</button>", "Add another condition</button>")
			.as("only questions asked before it")
			.doesNotContain("<option value=\"summary\"")
			.as("no condition to remove yet")
			.doesNotContain("Remove the condition");
		String hash = hash(page.html());

		ResidentBrowser.Page answers = browser.post(path, "hash", hash, "rows[0].question", "service",
				"rows[0].operator", "is", "action", "answers");
		assertThat(answers.html()).contains("name=\"rows[0].values\"",
				"Roads, pavements, street lighting and highway maintenance");
		ResidentBrowser.Page chosenThenSaved = browser.post(path, "hash", hash, "rows[0].question", "service",
				"rows[0].answersFor", "", "rows[0].operator", "is", "rows[0].values", "highways", "action", "save");
		assertThat(chosenThenSaved.status()).as("a question just chosen: its answers are shown, nothing saved")
			.isEqualTo(200);
		assertThat(chosenThenSaved.html()).contains("value=\"highways\"",
				"name=\"rows[0].answersFor\" value=\"service\"");
		assertThat(draftForm().content().toString()).doesNotContain("\"rule\"");
		ResidentBrowser.Page added = browser.post(path, "hash", hash, "rows[0].question", "service", "rows[0].operator",
				"is", "rows[0].values", "highways", "action", "add");
		assertThat(added.status()).isEqualTo(200);
		assertThat(added.html()).contains("id=\"row-2\"", "Condition 2", "id=\"rows[1].question\"",
				"All of these conditions are true", "Remove<span class=\"govuk-visually-hidden\"> condition 2");
		ResidentBrowser.Page removed = browser.post(path, "hash", hash, "match", "any", "rows[0].question", "service",
				"rows[0].operator", "is", "rows[0].values", "highways", "rows[1].question", "service",
				"rows[1].operator", "is", "remove", "1");
		assertThat(removed.html()).doesNotContain("id=\"row-2\"").contains("id=\"row-1\"");
		assertThat(draftForm().content().toString()).as("nothing saved yet").doesNotContain("\"rule\"");

		ResidentBrowser.Page saved = browser.post(path, "hash", hash, "match", "all", "rows[0].question", "service",
				"rows[0].operator", "is-one-of", "rows[0].values", "highways", "rows[0].values", "transport",
				"rows[1].question", "", "action", "save");
		assertThat(saved.path()).isEqualTo(this.form);
		assertThat(saved.html()).contains("Condition saved for ‘" + STAFF + "’",
				"Shown when ‘Which service or team is your compliment about?’ is one of "
						+ "‘Roads, pavements, street lighting and highway maintenance’ or "
						+ "‘Buses, concessionary travel and parking’");
		assertThat(draftForm().content().at("/spec/uiSchema/elements/1/rule")).isEqualTo(JSON.readTree("""
				{"effect": "SHOW", "condition": {"scope": "#/properties/service",
				 "schema": {"enum": ["highways", "transport"]}}}"""));
		ResidentBrowser.Page again = browser.get(path);
		assertThat(again.html()).contains("Remove the condition", "value=\"is-one-of\" checked");

		this.tenant.publish("Staff member only for roads and buses");
		String journey = "/t/" + this.tenant.id + "/feedback/compliment";
		ResidentBrowser.Page roads = residentAfterThePage(journey, "highways");
		assertThat(roads.path()).isEqualTo(journey + "/page/2");
		assertThat(roads.html()).contains("name=\"staffMember\"");
		ResidentBrowser.Page tradingStandards = residentAfterThePage(journey, "trading-standards");
		assertThat(tradingStandards.path()).as("the staff member's page has nothing to ask: skipped")
			.isEqualTo(journey + "/page/3");
		assertThat(tradingStandards.html()).doesNotContain("name=\"staffMember\"");

		ResidentBrowser.Page gone = browser.post(path, "hash", hash(again.html()), "action", "delete");
		assertThat(gone.html()).contains("Condition removed from ‘" + STAFF + "’").doesNotContain("Shown when");
		assertThat(draftForm().content().at("/spec/uiSchema/elements/1/rule").isMissingNode()).isTrue();
	}

	@Test
	void aChoiceQuestionAnsweredFromACodeListOffersTheListsValues() {
		this.tenant.inTenant(() -> {
			ObjectNode form = draftForm().content().deepCopy();
			((ObjectNode) form.at("/spec/schema/properties")).set("service", JSON.readTree("""
					{"title": "What is your compliment about?", "codeList": "feedback-themes"}"""));
			return this.drafts.put(new DraftDocument("form", "compliment-form", form));
		});
		ResidentBrowser browser = signedIn(AdminTenant.ADMIN);
		String path = this.form + "/questions/staffMember/condition";
		String hash = hash(browser.get(path).html());
		ResidentBrowser.Page answers = browser.post(path, "hash", hash, "rows[0].question", "service",
				"rows[0].operator", "is", "action", "answers");
		assertThat(answers.html()).contains("value=\"staff-member\"", "A member of staff");
		ResidentBrowser.Page saved = browser.post(path, "hash", hash, "rows[0].question", "service", "rows[0].operator",
				"is", "rows[0].values", "staff-member", "action", "save");
		assertThat(saved.html()).contains("Shown when ‘What is your compliment about?’ is ‘A member of staff’");
	}

	@Test
	void rowsWithProblemsAreRefusedOnTheirFieldsAndNothingIsSaved() {
		ResidentBrowser browser = signedIn(AdminTenant.ADMIN);
		String path = this.form + "/questions/summary/condition";
		String hash = hash(browser.get(path).html());
		ConfigDocument before = draftForm();

		ResidentBrowser.Page empty = browser.post(path, "hash", hash, "rows[0].question", "service", "rows[0].operator",
				"is", "rows[1].question", "", "rows[1].operator", "is", "rows[1].values", "x", "action", "save");
		assertThat(empty.status()).isEqualTo(422);
		assertThat(empty.html()).contains("<title>Error: ", "govuk-error-summary", "href=\"#rows[0].values\"",
				"Choose the answer to check", "href=\"#rows[1].question\"", "Choose a question",
				"id=\"rows[0].values-error\"");
		ResidentBrowser.Page two = browser.post(path, "hash", hash, "rows[0].question", "service", "rows[0].operator",
				"is", "rows[0].values", "highways", "rows[1].question", "staffMember", "rows[1].operator", "is",
				"rows[1].values", "Sam", "action", "save");
		assertThat(two.status()).isEqualTo(422);
		assertThat(two.html()).contains("href=\"#rows[1].question\"",
				"Every condition must be about the same question");
		ResidentBrowser.Page deleted = browser.post(path, "hash", hash, "rows[0].question", "removedQuestion",
				"rows[0].operator", "is", "rows[0].values", "yes", "action", "save");
		assertThat(deleted.status()).isEqualTo(422);
		assertThat(deleted.html()).contains("href=\"#rows[0].question\"",
				"The question &#39;removedQuestion&#39; is not on this form: choose another question");
		assertThat(draftForm().content()).isEqualTo(before.content());
	}

	@Test
	void aQuestionAConditionDependsOnIsNotDeletedAndAConditionOnAMissingQuestionLinksToItsPage() {
		ResidentBrowser browser = signedIn(AdminTenant.ADMIN);
		String path = this.form + "/questions/staffMember/condition";
		browser.post(path, "hash", hash(browser.get(path).html()), "rows[0].question", "service", "rows[0].operator",
				"is", "rows[0].values", "highways", "action", "save");
		ConfigDocument before = draftForm();
		ResidentBrowser.Page confirm = browser.get(this.form + "/questions/service/delete");
		ResidentBrowser.Page refused = browser.post(this.form + "/questions/service/delete", "hash",
				hash(confirm.html()));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.html()).contains("href=\"#delete\"",
				"This question cannot be deleted because something else uses it.",
				"is shown or hidden by the answer to");
		assertThat(draftForm().content()).isEqualTo(before.content());

		this.tenant.inTenant(() -> {
			ObjectNode form = before.content().deepCopy();
			((ObjectNode) form.at("/spec/uiSchema/elements/1/rule/condition")).put("scope",
					"#/properties/removedQuestion");
			return this.drafts.put(new DraftDocument("form", "compliment-form", form));
		});
		ResidentBrowser.Page check = browser.get(this.tenant.admin() + "/check");
		assertThat(check.html()).contains("A condition depends on the question &#39;removedQuestion&#39;",
				"href=\"" + path + "\"");
	}

	@Test
	void aSaveOverAnotherChangeShowsTheConflictPageAndAnAuditorCannotSave() {
		ResidentBrowser first = signedIn(AdminTenant.ADMIN);
		String path = this.form + "/questions/staffMember/condition";
		String stale = hash(first.get(path).html());
		first.post(this.form + "/questions/summary/move", "hash", stale, "by", "-1");
		ConfigDocument moved = draftForm();
		ResidentBrowser.Page conflict = first.post(path, "hash", stale, "rows[0].question", "service",
				"rows[0].operator", "is", "rows[0].values", "highways", "action", "save");
		assertThat(conflict.status()).isEqualTo(409);
		assertThat(conflict.html()).contains("Someone else changed this form while you were editing it");
		assertThat(draftForm().content()).isEqualTo(moved.content());

		ResidentBrowser auditor = signedIn(AdminTenant.AUDITOR);
		ResidentBrowser.Page read = auditor.get(path);
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.html()).doesNotContain("Save condition</button>", "Add another condition</button>");
		assertThat(auditor
			.post(path, "hash", hash(read.html()), "rows[0].question", "service", "rows[0].operator", "is",
					"rows[0].values", "highways", "action", "save")
			.status()).isEqualTo(403);
		assertThat(auditor.get(this.form + "/questions/service/welsh").html()).doesNotContain("Save Welsh</button>");
		assertThat(
				auditor.post(this.form + "/questions/service/welsh", "hash", hash(read.html()), "label", "Pa").status())
			.isEqualTo(403);
		assertThat(draftForm().content()).isEqualTo(moved.content());
	}

	@Test
	void aBilingualTenantTranslatesAQuestionBesideItsEnglishAndResidentsReadIt() {
		offerWelsh();
		ResidentBrowser browser = signedIn(AdminTenant.ADMIN);
		ResidentBrowser.Page formPage = browser.get(this.form);
		assertThat(formPage.html()).contains("id=\"welsh-missing\"", "questions have no Welsh",
				"href=\"" + this.form + "/questions/service/welsh\"", "Title of the form: ‘Pay us a compliment’");
		assertThat(formPage.html()).contains("/questions/summary/welsh\">Summary of your compliment</a>");
		assertThat(browser.get(this.tenant.admin() + "/feedback-types/compliment").html())
			.contains("some of their texts have no Welsh yet");

		ResidentBrowser.Page welsh = browser.get(this.form + "/questions/service/welsh");
		assertThat(welsh.html()).contains("Welsh of a question", "Question in Welsh",
				"English: <span lang=\"en\">Which service or team is your compliment about?</span>",
				"Answer 1 in Welsh",
				"English: <span lang=\"en\">Roads, pavements, street lighting and highway maintenance",
				"Error message (required) in Welsh", "id=\"option-12\"");
		ResidentBrowser.Page saved = browser.post(welsh.path(), "hash", hash(welsh.html()), "label",
				"Am ba wasanaeth neu dîm mae eich canmoliaeth?", "option-0", "Ffyrdd a phalmentydd", "message-required",
				"Dewiswch wasanaeth");
		assertThat(saved.path()).isEqualTo(this.form);
		assertThat(saved.html()).contains("Welsh of ‘Which service or team is your compliment about?’ saved");
		ConfigDocument form = draftForm();
		assertThat(form.content().toString()).contains("Am ba wasanaeth neu dîm mae eich canmoliaeth?",
				"Ffyrdd a phalmentydd", "Dewiswch wasanaeth");
		assertThat(form.content().at("/spec/schema/properties/service/title").asString())
			.isEqualTo("Which service or team is your compliment about?");
		assertThat(browser.get(welsh.path()).html())
			.contains("value=\"Am ba wasanaeth neu dîm mae eich canmoliaeth?\"");

		ResidentBrowser.Page summary = browser.get(this.form + "/questions/summary/welsh");
		ResidentBrowser.Page complete = browser.post(summary.path(), "hash", hash(summary.html()), "label",
				"Crynodeb o'ch canmoliaeth", "message-required", "Rhowch grynodeb");
		assertThat(complete.html()).as("the summary question has all its Welsh")
			.doesNotContain("/questions/summary/welsh\">Summary of your compliment</a>")
			.contains("/questions/service/welsh\">Which service or team is your compliment about?</a>");

		ResidentBrowser.Page rename = browser.get(this.form + "/pages/2");
		ResidentBrowser.Page renamed = browser.post(rename.path(), "hash", hash(rename.html()), "title",
				"Who helped you");
		assertThat(renamed.html()).contains("href=\"" + this.form + "/pages/2/welsh\"",
				"Heading of page 2: Who helped you");
		ResidentBrowser.Page heading = browser.get(this.form + "/pages/2/welsh");
		assertThat(heading.html()).contains("Page heading in Welsh",
				"English: <span lang=\"en\">Who helped you</span>");
		ResidentBrowser.Page headed = browser.post(heading.path(), "hash", hash(heading.html()), "title",
				"Pwy wnaeth eich helpu");
		assertThat(headed.html()).contains("Welsh of the heading of page 2 saved")
			.doesNotContain("Heading of page 2: Who helped you");
		assertThat(draftForm().content().toString()).contains("Pwy wnaeth eich helpu");

		this.tenant.publish("Welsh of the service question");
		ResidentBrowser resident = new ResidentBrowser(this.port);
		String journey = "/t/" + this.tenant.id + "/feedback/compliment";
		assertThat(resident.get(journey + "/page/1?lang=cy").html())
			.contains("Am ba wasanaeth neu dîm mae eich canmoliaeth?", "Ffyrdd a phalmentydd");
		assertThat(resident.get(journey + "/page/1?lang=en").html())
			.contains("Which service or team is your compliment about?");
	}

	private ResidentBrowser.Page residentAfterThePage(String journey, String service) {
		ResidentBrowser resident = new ResidentBrowser(this.port);
		resident.get(journey + "/page/1");
		return resident.post(journey + "/page/1", "shown", "service", "service", service);
	}

	private void offerWelsh() {
		TenantContext.runAs(this.tenant.current(), () -> {
			ConfigDocument branding = this.drafts.get("branding", "public-pages");
			ObjectNode content = branding.content().deepCopy();
			((ObjectNode) content.path("spec")).put("welsh", true);
			this.drafts.put(new DraftDocument("branding", "public-pages", content));
		});
	}

	ConfigDocument draftForm() {
		return this.tenant.inTenant(() -> this.drafts.get("form", "compliment-form"));
	}

	private ResidentBrowser signedIn(String user) {
		return this.tenant.signedIn(this.port, user);
	}

}
