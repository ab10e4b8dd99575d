package org.candour.web;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.candour.config.DraftDocument;
import org.candour.config.DraftManagement;
import org.candour.definition.ConfigDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.candour.web.AdminFormPagesIntegrationTests.hash;

/**
 * The form builder's page and question operations on a tenant of the county council pack:
 * pages moved, copied and deleted, questions copied and moved to another page, each
 * kind's settings and the error messages residents see (proved on the resident pages once
 * published), refusals in words on the field with nothing changed, conflicts, and
 * auditors who cannot change anything.
 */
@CandourWebTest
class AdminFormPageOperationsIntegrationTests {

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
	void movesAPageDownWithAButtonAndSaysWhereItIsNow() {
		ResidentBrowser browser = signedIn(AdminTenant.ADMIN);
		ResidentBrowser.Page page = browser.get(this.form);
		assertThat(page.html()).contains("Move down<span class=\"govuk-visually-hidden\"> page 1</span>",
				"Move up<span class=\"govuk-visually-hidden\"> page 2</span>",
				"Copy<span class=\"govuk-visually-hidden\"> page 1</span>",
				"href=\"" + this.form + "/pages/1/delete\"");
		ResidentBrowser.Page moved = browser.post(this.form + "/pages/1/move", "hash", hash(page.html()), "by", "1");
		assertThat(moved.path()).isEqualTo(this.form);
		assertThat(moved.html()).contains("moved down: it is now page 2");
		String content = draftForm().content().toString();
		assertThat(content.indexOf("#/properties/staffMember")).isLessThan(content.indexOf("#/properties/service"));
		assertThat(moved.html().indexOf("Name of the member of staff (if you know it)</dt>"))
			.isLessThan(moved.html().indexOf("Which service or team is your compliment about?</dt>"));
	}

	@Test
	void copiesAPageWithItsQuestionsUnderNewDataFieldNames() {
		ResidentBrowser browser = signedIn(AdminTenant.ADMIN);
		ResidentBrowser.Page page = browser.get(this.form);
		ResidentBrowser.Page copied = browser.post(this.form + "/pages/2/copy", "hash", hash(page.html()));
		assertThat(copied.path()).isEqualTo(this.form);
		assertThat(copied.html()).contains("copied: the copy is page 3");
		JsonNode properties = draftForm().content().at("/spec/schema/properties");
		long named = properties.properties()
			.stream()
			.filter(entry -> entry.getValue()
				.path("title")
				.asString("")
				.equals("Name of the member of staff (if you know it)"))
			.count();
		assertThat(named).as("the original and its copy").isEqualTo(2);
		assertThat(properties.has("staffMember")).isTrue();
	}

	@Test
	void deletesAPageAfterConfirmingAndSaysWhyWhenItCannot() {
		ResidentBrowser browser = signedIn(AdminTenant.ADMIN);
		ResidentBrowser.Page confirm = browser.get(this.form + "/pages/2/delete");
		assertThat(confirm.html()).contains("Delete page 2?", "Its questions are deleted with it",
				"Name of the member of staff (if you know it)", "Delete page</button>");
		ResidentBrowser.Page deleted = browser.post(this.form + "/pages/2/delete", "hash", hash(confirm.html()));
		assertThat(deleted.path()).isEqualTo(this.form);
		assertThat(deleted.html()).contains("Page 2 ‘Name of the member of staff (if you know it)’ deleted");
		assertThat(draftForm().content().at("/spec/schema/properties/staffMember").isMissingNode()).isTrue();

		ConfigDocument before = draftForm();
		String summaryPage = "/pages/2";
		ResidentBrowser.Page inUse = browser.get(this.form + summaryPage + "/delete");
		assertThat(inUse.html()).contains("Summary of your compliment");
		ResidentBrowser.Page refused = browser.post(this.form + summaryPage + "/delete", "hash", hash(inUse.html()));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.html()).contains("govuk-error-summary", "href=\"#delete\"",
				"This page cannot be deleted because something else uses one of its questions.",
				"Cannot delete this page");
		assertThat(draftForm().content()).isEqualTo(before.content());
	}

	@Test
	void theFormsOnlyPageIsNotDeletedAndThePageSaysWhy() {
		this.tenant.inTenant(() -> {
			ObjectNode onePage = draftForm().content().deepCopy();
			ObjectNode ui = (ObjectNode) onePage.path("spec").path("uiSchema");
			ArrayNode elements = (ArrayNode) ui.path("elements").deepCopy();
			ui.put("type", "Categorization")
				.putArray("elements")
				.addObject()
				.put("type", "Category")
				.put("label", "Your compliment")
				.set("elements", elements);
			return this.drafts.put(new DraftDocument("form", "compliment-form", onePage));
		});
		ResidentBrowser browser = signedIn(AdminTenant.ADMIN);
		assertThat(browser.get(this.form).html()).contains("Page 1: </span>Your compliment")
			.doesNotContain("id=\"page-2\"", "/pages/1/delete\"", "Move to another page");
		ConfigDocument before = draftForm();
		ResidentBrowser.Page confirm = browser.get(this.form + "/pages/1/delete");
		ResidentBrowser.Page refused = browser.post(confirm.path(), "hash", hash(confirm.html()));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.html()).contains("href=\"#delete\"", "This is the form&#39;s only page.",
				"add another page before deleting this one");
		assertThat(draftForm().content()).isEqualTo(before.content());
	}

	@Test
	void copiesAQuestionUnderANewDataFieldLabelledAsTheCopy() {
		ResidentBrowser browser = signedIn(AdminTenant.ADMIN);
		ResidentBrowser.Page page = browser.get(this.form);
		ResidentBrowser.Page copied = browser.post(this.form + "/questions/staffMember/copy", "hash",
				hash(page.html()));
		assertThat(copied.path()).isEqualTo(this.form);
		assertThat(copied.html()).contains("copied: the copy is ‘Name of the member of staff (if you know it) (copy)’",
				"Name of the member of staff (if you know it) (copy)</dt>");
		ConfigDocument form = draftForm();
		String copy = nameOf(form, "Name of the member of staff (if you know it) (copy)");
		assertThat(copy).isNotEqualTo("staffMember");
		assertThat(form.content().at("/spec/schema/properties/" + copy + "/maxLength").asInt()).isEqualTo(200);
		assertThat(form.content().at("/spec/schema/properties/staffMember/title").asString())
			.isEqualTo("Name of the member of staff (if you know it)");
	}

	@Test
	void movesAQuestionToAnotherPageAndSaysWhyWhenItCannot() {
		ResidentBrowser browser = signedIn(AdminTenant.ADMIN);
		ResidentBrowser.Page choose = browser.get(this.form + "/questions/staffMember/page");
		assertThat(choose.html()).contains("Move a question to another page", "Page to move it to",
				"Page 3: Summary of your compliment", "Move question</button>");
		ResidentBrowser.Page none = browser.post(choose.path(), "hash", hash(choose.html()));
		assertThat(none.status()).isEqualTo(422);
		assertThat(none.html()).contains("href=\"#page\"", "Select the page to move the question to");
		ConfigDocument before = draftForm();
		ResidentBrowser.Page alone = browser.post(choose.path(), "hash", hash(choose.html()), "page", "3");
		assertThat(alone.status()).isEqualTo(422);
		assertThat(alone.html()).contains("href=\"#page\"", "is all there is on its page");
		assertThat(draftForm().content()).isEqualTo(before.content());

		ResidentBrowser.Page details = browser.get(this.form + "/pages/1/questions/new/text");
		browser.post(details.path(), "hash", hash(details.html()), "label", "Where did it happen?");
		String where = nameOf(draftForm(), "Where did it happen?");
		ResidentBrowser.Page again = browser.get(this.form + "/questions/" + where + "/page");
		ResidentBrowser.Page moved = browser.post(again.path(), "hash", hash(again.html()), "page", "3");
		assertThat(moved.path()).isEqualTo(this.form);
		assertThat(moved.html()).contains("Question ‘Where did it happen?’ moved to the end of page 3");
		String page3 = draftForm().content().at("/spec/uiSchema/elements/2").toString();
		assertThat(page3).contains("#/properties/summary", "#/properties/" + where);
	}

	@Test
	void aNumberQuestionTakesItsRangeAndRefusesOneThatCannotBe() {
		ResidentBrowser browser = signedIn(AdminTenant.ADMIN);
		ResidentBrowser.Page details = browser.get(this.form + "/pages/1/questions/new/number");
		assertThat(details.html()).contains("Smallest answer allowed", "Largest answer allowed", "Whole numbers only")
			.doesNotContain("Character limit");
		ConfigDocument before = draftForm();
		ResidentBrowser.Page notNumbers = browser.post(details.path(), "hash", hash(details.html()), "label",
				"How many staff helped you?", "minimum", "none", "maximum", "lots");
		assertThat(notNumbers.status()).isEqualTo(422);
		assertThat(notNumbers.html()).contains("href=\"#minimum\"", "Enter the minimum as a number, like 0",
				"href=\"#maximum\"", "Enter the maximum as a number, like 100", "value=\"lots\"");
		ResidentBrowser.Page backwards = browser.post(details.path(), "hash", hash(details.html()), "label",
				"How many staff helped you?", "minimum", "5", "maximum", "1");
		assertThat(backwards.html()).contains("href=\"#maximum\"", "The maximum must be more than the minimum");
		ResidentBrowser.Page half = browser.post(details.path(), "hash", hash(details.html()), "label",
				"How many staff helped you?", "minimum", "0.5", "wholeNumber", "yes");
		assertThat(half.html()).contains("Enter the minimum as a whole number, like 0");
		assertThat(draftForm().content()).isEqualTo(before.content());

		browser.post(details.path(), "hash", hash(details.html()), "label", "How many staff helped you?", "minimum",
				"1", "maximum", "10", "wholeNumber", "yes");
		ConfigDocument form = draftForm();
		String name = nameOf(form, "How many staff helped you?");
		JsonNode property = form.content().at("/spec/schema/properties/" + name);
		assertThat(property.path("type").asString()).isEqualTo("integer");
		assertThat(property.path("minimum").asInt()).isEqualTo(1);
		assertThat(property.path("maximum").asInt()).isEqualTo(10);
		assertThat(browser.get(this.form + "/questions/" + name).html()).contains("value=\"1\"", "value=\"10\"",
				"name=\"wholeNumber\" aria-describedby=\"wholeNumber-hint\" checked");
	}

	@Test
	void aDateQuestionTakesItsRuleAndAFileQuestionItsTypesCountAndSize() {
		ResidentBrowser browser = signedIn(AdminTenant.ADMIN);
		ResidentBrowser.Page date = browser.get(this.form + "/pages/1/questions/new/date");
		assertThat(date.html()).contains("Dates residents may give", "Today or in the past", "Today or in the future");
		browser.post(date.path(), "hash", hash(date.html()), "label", "When did it happen?", "dates", "past");
		String when = nameOf(draftForm(), "When did it happen?");
		assertThat(draftForm().content().toString()).contains("\"dates\":\"past\"");
		assertThat(browser.get(this.form + "/questions/" + when).html()).contains("value=\"past\" checked");

		ResidentBrowser.Page file = browser.get(this.form + "/pages/1/questions/new/file");
		assertThat(file.html()).contains("Types of file residents may upload", "PDF", "Most files",
				"Largest file size in MB");
		ConfigDocument before = draftForm();
		ResidentBrowser.Page tooMany = browser.post(file.path(), "hash", hash(file.html()), "label", "Any photos?",
				"maxFiles", "99", "maxFileSizeMb", "500");
		assertThat(tooMany.status()).isEqualTo(422);
		assertThat(tooMany.html()).contains("href=\"#maxFiles\"",
				"Enter the number of files as a whole number from 1 to 5", "href=\"#maxFileSizeMb\"",
				"Enter the largest file size in MB as a number up to 10");
		assertThat(draftForm().content()).isEqualTo(before.content());
		browser.post(file.path(), "hash", hash(file.html()), "label", "Any photos?", "accept", "image/jpeg", "accept",
				"image/png", "maxFiles", "2", "maxFileSizeMb", "2");
		ConfigDocument form = draftForm();
		String photos = nameOf(form, "Any photos?");
		assertThat(form.content().at("/spec/schema/properties/" + photos + "/maxItems").asInt()).isEqualTo(2);
		String control = form.content().at("/spec/uiSchema").toString();
		assertThat(control).contains("\"accept\":[\"image/jpeg\",\"image/png\"]", "\"maxFiles\":2",
				"\"maxFileSizeKb\":2048");
	}

	@Test
	void theMessagesResidentsSeeAreSetOnTheQuestionAndShownOnTheResidentPages() {
		ResidentBrowser browser = signedIn(AdminTenant.ADMIN);
		ResidentBrowser.Page newPage = browser.post(this.form + "/pages/new", "title", "Helpers", "kind", "number");
		browser.post(newPage.path(), "hash", hash(newPage.html()), "title", "Helpers", "label",
				"How many staff helped you?", "minimum", "1", "maximum", "10", "wholeNumber", "yes");
		String helpers = nameOf(draftForm(), "How many staff helped you?");

		ResidentBrowser.Page change = browser.get(this.form + "/questions/" + helpers);
		assertThat(change.html()).contains("Error messages", "Message when the question is not answered",
				"Message when the number is too small or too large");
		browser.post(change.path(), "hash", hash(change.html()), "label", "How many staff helped you?", "minimum", "1",
				"maximum", "10", "wholeNumber", "yes", "ruleMessage", "Enter a number of staff from 1 to 10");
		ResidentBrowser.Page summary = browser.get(this.form + "/questions/summary");
		assertThat(summary.html()).contains("value=\"Enter a summary of your compliment\"",
				"Message when the answer is too long");
		ResidentBrowser.Page saved = browser.post(summary.path(), "hash", hash(summary.html()), "label",
				"Summary of your compliment", "required", "yes", "maxLength", "150", "requiredMessage",
				"Tell us in a few words what your compliment is about", "ruleMessage",
				"Keep the summary to 150 characters or fewer");
		assertThat(saved.html()).contains("Question ‘Summary of your compliment’ changed");
		JsonNode messages = draftForm().content().at("/spec/messages");
		assertThat(messages.at("/~1summary/required").asString())
			.isEqualTo("Tell us in a few words what your compliment is about");
		assertThat(messages.at("/~1" + helpers + "/maximum").asString())
			.isEqualTo("Enter a number of staff from 1 to 10");
		this.tenant.publish("Helpers and messages");

		ResidentBrowser resident = new ResidentBrowser(this.port);
		String start = "/t/" + this.tenant.id + "/feedback/compliment";
		resident.get(start);
		String helpersPage = residentPageAsking(resident, start, helpers);
		ResidentBrowser.Page tooMany = resident.post(helpersPage, "shown", helpers, helpers, "11");
		assertThat(tooMany.path()).isEqualTo(helpersPage);
		assertThat(tooMany.errorSummary()).contains("Enter a number of staff from 1 to 10",
				"href=\"#" + helpers + "\"");
		assertThat(resident.post(helpersPage, "shown", helpers, helpers, "3").path()).isNotEqualTo(helpersPage);

		String summaryPage = residentPageAsking(resident, start, "summary");
		ResidentBrowser.Page empty = resident.post(summaryPage, "shown", "summary", "summary", "");
		assertThat(empty.errorSummary()).contains("Tell us in a few words what your compliment is about");
	}

	@Test
	void aPageOperationOverAnotherAdministratorsChangeShowsTheConflictPage() {
		ResidentBrowser browser = signedIn(AdminTenant.ADMIN);
		String stale = hash(browser.get(this.form).html());
		ResidentBrowser.Page details = browser.get(this.form + "/pages/1/questions/new/text");
		browser.post(details.path(), "hash", hash(details.html()), "label", "Your job title");
		ConfigDocument changed = draftForm();
		String jobTitle = nameOf(changed, "Your job title");
		String[][] posts = { { "/pages/1/move", "hash", stale, "by", "1" }, { "/pages/1/copy", "hash", stale },
				{ "/pages/2/delete", "hash", stale }, { "/questions/staffMember/copy", "hash", stale },
				{ "/questions/" + jobTitle + "/page", "hash", stale, "page", "3" }, { "/questions/summary", "hash",
						stale, "label", "Summary", "required", "yes", "requiredMessage", "Enter a summary" } };
		for (String[] post : posts) {
			ResidentBrowser.Page conflict = browser.post(this.form + post[0],
					java.util.Arrays.copyOfRange(post, 1, post.length));
			assertThat(conflict.status()).as(post[0]).isEqualTo(409);
			assertThat(conflict.html()).as(post[0])
				.contains("Someone else changed this form while you were editing it");
		}
		assertThat(draftForm().content()).isEqualTo(changed.content());
	}

	@Test
	void anAuditorSeesNoPageOrQuestionActionsAndCannotPostThem() {
		ResidentBrowser auditor = signedIn(AdminTenant.AUDITOR);
		ResidentBrowser.Page page = auditor.get(this.form);
		assertThat(page.html()).doesNotContain("/pages/1/move", "/pages/1/copy", "/pages/1/delete", "/copy\"",
				"Move to another page");
		for (String path : new String[] { "/pages/2/delete", "/questions/staffMember/page" }) {
			ResidentBrowser.Page read = auditor.get(this.form + path);
			assertThat(read.status()).as(path).isEqualTo(200);
			assertThat(read.html()).as(path).doesNotContain("Delete page</button>", "Move question</button>");
		}
		String hash = this.tenant.inTenant(() -> this.drafts.draft().hashOf("form", "compliment-form"));
		ConfigDocument before = draftForm();
		for (String path : new String[] { "/pages/1/move", "/pages/1/copy", "/pages/2/delete",
				"/questions/staffMember/copy", "/questions/staffMember/page" }) {
			assertThat(auditor.post(this.form + path, "hash", hash, "by", "1", "page", "1").status()).as(path)
				.isEqualTo(403);
		}
		assertThat(draftForm().content()).isEqualTo(before.content());
	}

	/** The resident page asking {@code question}, found by going through the pages. */
	private static String residentPageAsking(ResidentBrowser resident, String start, String question) {
		for (int number = 1; number <= 12; number++) {
			ResidentBrowser.Page page = resident.get(start + "/page/" + number);
			if (page.status() == 200 && page.path().equals(start + "/page/" + number)
					&& page.html().contains("name=\"" + question + "\"")) {
				return page.path();
			}
		}
		throw new AssertionError("No resident page asks " + question);
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

	ConfigDocument draftForm() {
		return this.tenant.inTenant(() -> this.drafts.get("form", "compliment-form"));
	}

	private ResidentBrowser signedIn(String user) {
		return this.tenant.signedIn(this.port, user);
	}

}
