package org.candour.web;

import org.candour.config.DraftManagement;
import org.candour.definition.ConfigDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.candour.web.AdminFormPagesIntegrationTests.hash;

/**
 * Questions staff record, which no page asks residents, in the form builder of a county
 * council tenant: added (of the kinds a schema alone gives), a page's question taken off
 * its page keeping its data field, asked on a page again, told in words on check and
 * publish; refusals on the field with nothing saved; auditors change nothing.
 */
@CandourWebTest
class AdminStaffQuestionsIntegrationTests {

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
	void addsALongTextStaffRecordWhichNoPageAsks() {
		ResidentBrowser browser = signedIn(AdminTenant.ADMIN);
		ResidentBrowser.Page formPage = browser.get(this.form);
		assertThat(formPage.html()).contains("Questions staff record", "Team the compliment was passed to",
				"href=\"" + this.form + "/staff-questions/new\"");
		ResidentBrowser.Page kinds = browser.get(this.form + "/staff-questions/new");
		assertThat(kinds.html()).contains("a question staff record", "value=\"textarea\"", "value=\"radios\"")
			.doesNotContain("value=\"file\"", "value=\"phone\"", "value=\"address\"");
		ResidentBrowser.Page details = browser.post(kinds.path(), "kind", "textarea");
		assertThat(details.path()).isEqualTo(this.form + "/staff-questions/new/textarea");
		assertThat(details.html()).contains("value=\"2000\"", "Add a question staff record")
			.doesNotContain("name=\"hint\"", "name=\"required\"");

		ResidentBrowser.Page saved = browser.post(details.path(), "hash", hash(details.html()), "label",
				"What the manager did with it", "maxLength", "2000");

		assertThat(saved.path()).isEqualTo(this.form);
		assertThat(saved.html()).contains("Question ‘What the manager did with it’ added for staff to record");
		ConfigDocument draft = draftForm();
		String name = nameOf(draft, "What the manager did with it");
		assertThat(draft.content().at("/spec/schema/properties/" + name + "/maxLength").asInt()).isEqualTo(2000);
		assertThat(draft.content().at("/spec/uiSchema").toString()).doesNotContain(name);
		assertThat(saved.html()).contains("id=\"question-" + name + "\"");
		ResidentBrowser.Page publish = browser.get(this.tenant.admin() + "/check");
		assertThat(publish.html())
			.contains("Question &#39;What the manager did with it&#39; added for staff to record");
	}

	@Test
	void aLongTextStaffRecordNeedsACharacterLimitOfAtLeast500AndNothingIsSavedWithout() {
		ResidentBrowser browser = signedIn(AdminTenant.ADMIN);
		ConfigDocument before = draftForm();
		ResidentBrowser.Page details = browser.get(this.form + "/staff-questions/new/textarea");
		ResidentBrowser.Page refused = browser.post(details.path(), "hash", hash(details.html()), "label",
				"What the manager did with it", "maxLength", "100");
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.errorSummary()).contains("href=\"#maxLength\"", "character limit of at least 500");
		assertThat(draftForm().content()).isEqualTo(before.content());
		assertThat(browser.get(this.form + "/staff-questions/new/file").status()).isEqualTo(404);
	}

	@Test
	void takesAQuestionOffItsPageKeepingItsDataAndAsksItOnAPageAgain() {
		ResidentBrowser browser = signedIn(AdminTenant.ADMIN);
		ResidentBrowser.Page question = browser.get(this.form + "/questions/staffMember");
		assertThat(question.html()).contains("href=\"" + this.form + "/questions/staffMember/staff\"");
		ResidentBrowser.Page confirm = browser.get(this.form + "/questions/staffMember/staff");
		assertThat(confirm.html()).contains("Take this question off its page?",
				"Name of the member of staff (if you know it)", "It becomes optional");

		ResidentBrowser.Page done = browser.post(confirm.path(), "hash", hash(confirm.html()));

		assertThat(done.path()).isEqualTo(this.form);
		assertThat(done.html()).contains("taken off its page: only staff record it now");
		ConfigDocument staff = draftForm();
		assertThat(staff.content().at("/spec/schema/properties/staffMember/title").asString())
			.isEqualTo("Name of the member of staff (if you know it)");
		assertThat(staff.content().at("/spec/uiSchema").toString()).doesNotContain("#/properties/staffMember");
		ResidentBrowser.Page changeIt = browser.get(this.form + "/questions/staffMember");
		assertThat(changeIt.html()).contains("Staff record this question on the case screen")
			.doesNotContain("name=\"hint\"", "name=\"required\"", "Error messages", "/questions/staffMember/staff");
		assertThat(browser.get(this.tenant.admin() + "/check").html()).contains(
				"Question &#39;Name of the member of staff (if you know it)&#39; no longer asked on page 2: staff record it");

		ResidentBrowser.Page choose = browser.get(this.form + "/questions/staffMember/page");
		assertThat(choose.html()).contains("Ask residents this question on a page", "Ask on this page");
		ResidentBrowser.Page asked = browser.post(choose.path(), "hash", hash(choose.html()), "page", "1");
		assertThat(asked.html()).contains("asked at the end of page 1");
		assertThat(draftForm().content().at("/spec/uiSchema").toString()).contains("#/properties/staffMember");
	}

	@Test
	void aContactDetailStaysOnItsPageAndThePageSaysWhy() {
		ResidentBrowser browser = signedIn(AdminTenant.ADMIN);
		assertThat(browser.get(this.form + "/questions/email").html()).doesNotContain("/questions/email/staff");
		ConfigDocument before = draftForm();
		ResidentBrowser.Page confirm = browser.get(this.form + "/questions/email/staff");
		ResidentBrowser.Page refused = browser.post(confirm.path(), "hash", hash(confirm.html()));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.errorSummary()).contains("href=\"#staff\"", "is a contact detail");
		assertThat(draftForm().content()).isEqualTo(before.content());
	}

	@Test
	void anAuditorSeesTheStaffQuestionsButCannotChangeThem() {
		ResidentBrowser auditor = signedIn(AdminTenant.AUDITOR);
		assertThat(auditor.get(this.form).html()).contains("Team the compliment was passed to")
			.doesNotContain("/staff-questions/new\"");
		String hash = this.tenant.inTenant(() -> this.drafts.draft().hashOf("form", "compliment-form"));
		ConfigDocument before = draftForm();
		assertThat(auditor.post(this.form + "/questions/staffMember/staff", "hash", hash).status()).isEqualTo(403);
		assertThat(auditor.post(this.form + "/staff-questions/new/text", "hash", hash, "label", "Anything").status())
			.isEqualTo(403);
		assertThat(draftForm().content()).isEqualTo(before.content());
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

	private ConfigDocument draftForm() {
		return this.tenant.inTenant(() -> this.drafts.get("form", "compliment-form"));
	}

	private ResidentBrowser signedIn(String user) {
		return this.tenant.signedIn(this.port, user);
	}

}
