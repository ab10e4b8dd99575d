package org.candour.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.candour.config.DraftManagement;
import org.candour.definition.ConfigDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The form builder's pages on a tenant of the county council pack: a feedback type's form
 * page by page, questions added, changed, moved and deleted as draft edits of the form
 * document, refusals in words with nothing changed, conflicts, and auditors who read the
 * form without actions.
 */
@CandourWebTest
class AdminFormPagesIntegrationTests {

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
	void showsTheTypesFormPageByPageWithEachQuestionsKindAndWhetherItIsRequired() {
		ResidentBrowser.Page page = signedIn(AdminTenant.ADMIN).get(this.form);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html()).contains("<h1 class=\"govuk-heading-l\">Form</h1>", "Pay us a compliment",
				"govuk-summary-card", "id=\"page-1\"", "Which service or team is your compliment about?",
				"One answer from a long list (drop-down)", "Summary of your compliment", "Long text",
				"We sometimes share compliments in our newsletter", "href=\"" + this.form + "/questions/service\"",
				"href=\"" + this.form + "/questions/service/delete\"", "Move down", "Move up",
				"href=\"" + this.form + "/pages/1/questions/new\"", "Add a question");
		assertThat(page.html()).as("the type in the caption and title")
			.contains("<span class=\"govuk-caption-l\">Compliment</span>", "<title>Form – Compliment – ");
		assertThat(page.html()).as("fields staff record").contains("Team the compliment was passed to");
		assertThat(page.html()).as("not the not-built page").doesNotContain("not in these pages yet", "{\"");
		assertThat(requiredness(page.html(), "service")).isEqualTo("required");
		assertThat(requiredness(page.html(), "staffMember")).isEqualTo("optional");
	}

	@Test
	void anAuditorSeesTheFormWithoutActions() {
		ResidentBrowser auditor = signedIn(AdminTenant.AUDITOR);
		ResidentBrowser.Page page = auditor.get(this.form);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html()).contains("Read only", "Which service or team is your compliment about?")
			.doesNotContain("Add a question", "Move up", "Move down", "/delete\"", "/questions/service\"");
		for (String path : new String[] { "/pages/1/questions/new", "/pages/1/questions/new/text", "/questions/service",
				"/questions/service/delete" }) {
			ResidentBrowser.Page read = auditor.get(this.form + path);
			assertThat(read.status()).as(path).isEqualTo(200);
			assertThat(read.html()).as(path)
				.doesNotContain("Continue</button>", "Add question</button>", "Save question</button>",
						"Delete question</button>");
		}
		String hash = this.tenant.inTenant(() -> this.drafts.draft().hashOf("form", "compliment-form"));
		assertThat(auditor.post(this.form + "/questions/service/delete", "hash", hash).status()).isEqualTo(403);
		assertThat(draftForm().content().at("/spec/schema/properties/service").isMissingNode()).isFalse();
	}

	@Test
	void addsAQuestionOfTheKindChosenToThePageAndSaysSo() {
		ResidentBrowser browser = signedIn(AdminTenant.ADMIN);
		ResidentBrowser.Page kinds = browser.get(this.form + "/pages/1/questions/new");
		assertThat(kinds.html()).contains("What kind of question?", "Long text", "Yes or no", "UK address");
		ResidentBrowser.Page none = browser.post(this.form + "/pages/1/questions/new");
		assertThat(none.status()).isEqualTo(422);
		assertThat(none.html()).contains("href=\"#kind\"", "Select the kind of question");

		ResidentBrowser.Page details = browser.post(this.form + "/pages/1/questions/new", "kind", "textarea");
		assertThat(details.path()).isEqualTo(this.form + "/pages/1/questions/new/textarea");
		assertThat(details.html()).contains("Kind of question: <strong>Long text</strong>", "Character limit")
			.doesNotContain("Answers to choose from");
		ResidentBrowser.Page added = browser.post(details.path(), "hash", hash(details.html()), "label",
				"How did we help you?", "hint", "Tell us in your own words", "required", "yes", "maxLength", "800");
		assertThat(added.path()).isEqualTo(this.form);
		assertThat(added.html()).contains("govuk-notification-banner--success",
				"Question ‘How did we help you?’ added to page 1", "How did we help you?");

		ConfigDocument form = draftForm();
		String name = nameOf(form, "How did we help you?");
		assertThat(form.content().at("/spec/schema/properties/" + name + "/maxLength").asInt()).isEqualTo(800);
		assertThat(form.content().at("/spec/schema/required").toString()).contains("\"" + name + "\"");
		assertThat(form.content().toString()).contains("Tell us in your own words");
	}

	@Test
	void aChoiceQuestionTakesItsAnswersOnePerLine() {
		ResidentBrowser browser = signedIn(AdminTenant.ADMIN);
		ResidentBrowser.Page details = browser.get(this.form + "/pages/1/questions/new/radios");
		assertThat(details.html()).contains("Answers to choose from").doesNotContain("Character limit");
		ResidentBrowser.Page tooFew = browser.post(details.path(), "hash", hash(details.html()), "label",
				"How did you hear about us?", "options", "Leaflet\n");
		assertThat(tooFew.status()).isEqualTo(422);
		assertThat(tooFew.html()).contains("href=\"#options\"", "Enter at least 2 answers");
		browser.post(details.path(), "hash", hash(details.html()), "label", "How did you hear about us?", "options",
				"Leaflet\nWebsite\n\nA friend");
		ConfigDocument form = draftForm();
		String name = nameOf(form, "How did you hear about us?");
		assertThat(form.content().at("/spec/schema/properties/" + name + "/oneOf").toString()).contains("Leaflet",
				"Website", "A friend");
		assertThat(form.content().at("/spec/schema/required").toString()).doesNotContain("\"" + name + "\"");
	}

	@Test
	void anEmptyQuestionIsRefusedOnTheFieldAndNothingChanges() {
		ResidentBrowser browser = signedIn(AdminTenant.ADMIN);
		ConfigDocument before = draftForm();
		ResidentBrowser.Page details = browser.get(this.form + "/pages/1/questions/new/text");
		ResidentBrowser.Page refused = browser.post(details.path(), "hash", hash(details.html()), "label", " ",
				"maxLength", "lots");
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.html()).contains("<title>Error: ", "govuk-error-summary", "href=\"#label\"",
				"Enter the question", "id=\"label-error\"", "href=\"#maxLength\"", "value=\"lots\"");
		assertThat(draftForm().content()).isEqualTo(before.content());
	}

	@Test
	void aSaveOverAnotherAdministratorsChangeToTheFormShowsTheConflictPage() {
		ResidentBrowser first = signedIn(AdminTenant.ADMIN);
		ResidentBrowser second = signedIn(AdminTenant.ADMIN);
		String path = this.form + "/pages/1/questions/new/text";
		String firstHash = hash(first.get(path).html());
		String secondHash = hash(second.get(this.form + "/questions/staffMember").html());
		first.post(path, "hash", firstHash, "label", "Your job title");
		ConfigDocument afterFirst = draftForm();

		ResidentBrowser.Page conflict = second.post(this.form + "/questions/staffMember", "hash", secondHash, "label",
				"Staff member's name");
		assertThat(conflict.status()).isEqualTo(409);
		assertThat(conflict.html()).contains("Someone else changed this form while you were editing it",
				"href=\"" + this.form + "\"");
		assertThat(draftForm().content()).isEqualTo(afterFirst.content());
	}

	@Test
	void changesAQuestionsWordsKeepingItsDataField() {
		ResidentBrowser browser = signedIn(AdminTenant.ADMIN);
		ResidentBrowser.Page question = browser.get(this.form + "/questions/staffMember");
		assertThat(question.html()).contains("value=\"Name of the member of staff (if you know it)\"",
				"Character limit", "value=\"200\"");
		ResidentBrowser.Page changed = browser.post(question.path(), "hash", hash(question.html()), "label",
				"Who helped you?", "hint", "Their name, if you know it", "required", "yes", "maxLength", "100");
		assertThat(changed.path()).isEqualTo(this.form);
		assertThat(changed.html()).contains("Question ‘Who helped you?’ changed");
		ConfigDocument form = draftForm();
		assertThat(form.content().at("/spec/schema/properties/staffMember/title").asString())
			.isEqualTo("Who helped you?");
		assertThat(form.content().at("/spec/schema/properties/staffMember/maxLength").asInt()).isEqualTo(100);
		assertThat(form.content().at("/spec/schema/required").toString()).contains("\"staffMember\"");
		assertThat(form.content().toString()).contains("Their name, if you know it");
	}

	@Test
	void movesAQuestionUpWithAButton() {
		ResidentBrowser browser = signedIn(AdminTenant.ADMIN);
		ResidentBrowser.Page page = browser.get(this.form);
		assertThat(page.html().indexOf("Name of the member of staff"))
			.isLessThan(page.html().indexOf("Summary of your compliment"));
		ResidentBrowser.Page moved = browser.post(this.form + "/questions/summary/move", "hash", hash(page.html()),
				"by", "-1");
		assertThat(moved.path()).isEqualTo(this.form);
		assertThat(moved.html()).contains("Question ‘Summary of your compliment’ moved up");
		assertThat(moved.html().indexOf("Summary of your compliment", moved.html().indexOf("id=\"page-1\"")))
			.isLessThan(moved.html().indexOf("Name of the member of staff (if you know it)</dt>"));
		String content = draftForm().content().toString();
		assertThat(content.indexOf("#/properties/summary")).isLessThan(content.indexOf("#/properties/staffMember"));
	}

	@Test
	void deletesAQuestionAfterConfirmingAndSaysWhyWhenItCannot() {
		ResidentBrowser browser = signedIn(AdminTenant.ADMIN);
		ResidentBrowser.Page confirm = browser.get(this.form + "/questions/staffMember/delete");
		assertThat(confirm.html()).contains("Delete this question?", "Name of the member of staff (if you know it)",
				"Delete question</button>");
		ResidentBrowser.Page deleted = browser.post(this.form + "/questions/staffMember/delete", "hash",
				hash(confirm.html()));
		assertThat(deleted.path()).isEqualTo(this.form);
		assertThat(deleted.html()).contains("Question ‘Name of the member of staff (if you know it)’ deleted");
		assertThat(draftForm().content().at("/spec/schema/properties/staffMember").isMissingNode()).isTrue();

		ConfigDocument before = draftForm();
		ResidentBrowser.Page inUse = browser.get(this.form + "/questions/summary/delete");
		ResidentBrowser.Page refused = browser.post(this.form + "/questions/summary/delete", "hash",
				hash(inUse.html()));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.html()).contains("govuk-error-summary",
				"This question cannot be deleted because something else uses it.");
		assertThat(draftForm().content()).isEqualTo(before.content());
	}

	@Test
	void renamesAPageKeepingItsQuestions() {
		ResidentBrowser browser = signedIn(AdminTenant.ADMIN);
		ResidentBrowser.Page rename = browser.get(this.form + "/pages/1");
		assertThat(rename.html()).contains("Rename page 1", "Page heading");
		ResidentBrowser.Page empty = browser.post(rename.path(), "hash", hash(rename.html()), "title", " ");
		assertThat(empty.status()).isEqualTo(422);
		assertThat(empty.html()).contains("href=\"#title\"", "Enter the page&#39;s heading");
		ResidentBrowser.Page renamed = browser.post(rename.path(), "hash", hash(rename.html()), "title",
				"About the service");
		assertThat(renamed.path()).isEqualTo(this.form);
		assertThat(renamed.html()).contains("Page 1 renamed ‘About the service’", "Page 1: </span>About the service");
		ConfigDocument form = draftForm();
		assertThat(form.content().toString()).contains("About the service");
		assertThat(form.content().at("/spec/schema/properties/service/title").asString())
			.isEqualTo("Which service or team is your compliment about?");
	}

	@Test
	void addsAPageAtTheEndWithItsFirstQuestion() {
		ResidentBrowser browser = signedIn(AdminTenant.ADMIN);
		assertThat(browser.get(this.form).html()).contains("href=\"" + this.form + "/pages/new\"");
		ResidentBrowser.Page nothing = browser.post(this.form + "/pages/new");
		assertThat(nothing.status()).isEqualTo(422);
		assertThat(nothing.html()).contains("href=\"#title\"", "href=\"#kind\"",
				"Select the kind of the page&#39;s first question");
		ResidentBrowser.Page question = browser.post(this.form + "/pages/new", "title", "Anything else", "kind",
				"yes-no");
		assertThat(question.path()).isEqualTo(this.form + "/pages/new/yes-no");
		assertThat(question.html()).contains("The first question of the page ‘Anything else’", "Yes or no",
				"name=\"title\" value=\"Anything else\"");
		ResidentBrowser.Page added = browser.post(question.path(), "hash", hash(question.html()), "title",
				"Anything else", "label", "Would you like a reply?");
		assertThat(added.path()).isEqualTo(this.form);
		assertThat(added.html()).contains("‘Anything else’ added", "</span>Anything else", "Would you like a reply?");
		ConfigDocument form = draftForm();
		String name = nameOf(form, "Would you like a reply?");
		assertThat(form.content().at("/spec/schema/properties/" + name + "/type").asString()).isEqualTo("boolean");
		assertThat(form.content().toString()).contains("Anything else");
	}

	private static String nameOf(ConfigDocument form, String label) {
		return form.content()
			.at("/spec/schema/properties")
			.properties()
			.stream()
			.filter(entry -> entry.getValue().path("title").asString("").equals(label))
			.map(java.util.Map.Entry::getKey)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no question " + label));
	}

	private static String requiredness(String html, String question) {
		Matcher row = Pattern.compile("id=\"question-" + question + "\".*?,\\s*(required|optional)", Pattern.DOTALL)
			.matcher(html);
		assertThat(row.find()).as(question).isTrue();
		return row.group(1);
	}

	static String hash(String html) {
		Matcher hash = Pattern.compile("name=\"hash\" value=\"([^\"]*)\"").matcher(html);
		assertThat(hash.find()).as("the page carries the form's hash").isTrue();
		return hash.group(1);
	}

	ConfigDocument draftForm() {
		return this.tenant.inTenant(() -> this.drafts.get("form", "compliment-form"));
	}

	private ResidentBrowser signedIn(String user) {
		return this.tenant.signedIn(this.port, user);
	}

}
