package org.candour.web;

import org.candour.cases.FeedbackCase;
import org.candour.cases.FieldChange;
import org.candour.cases.HistoryEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Officers record the staff-only questions of the unitary council's contact form (fields
 * of its schema no page asks, such as "Triage notes") on the case screen, over HTTP like
 * a browser without JavaScript: every such question is listed, "Not recorded" when empty;
 * the Change link leads to one page of them, checked by their schema, written with the
 * version shown and recorded in the history.
 */
@CandourWebTest
class RecordedQuestionsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	CaseworkFixtures fixtures;

	CaseworkFixture casework;

	@BeforeEach
	void unitaryCouncil() {
		this.casework = this.fixtures.fixture();
	}

	@Test
	void anOfficerRecordsATriageNoteAndReadsItUnderItsLabelAndInTheHistory() {
		String reference = this.casework.allocatedComplaint("Bins not emptied");
		ResidentBrowser browser = signedIn(CaseworkFixture.OFFICER);
		ResidentBrowser.Page before = browser.get(screen(reference));
		assertThat(before.html()).contains("id=\"section-recorded\"", "Recorded during handling",
				"href=\"" + screen(reference) + "/edit/recorded\"",
				"what was recorded during handling of case " + reference);
		assertThat(row(before, "data-service")).contains("Service responsible", "Corporate");
		assertThat(row(before, "data-triageNotes")).contains("Triage notes", "Not recorded");

		ResidentBrowser.Page form = browser.get(screen(reference) + "/edit/recorded");
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.html()).contains("Change what was recorded during handling", "Triage notes",
				"Reference of the case this duplicates", "What the service did");
		long version = this.casework.read(reference).version();
		ResidentBrowser.Page saved = browser.post(screen(reference) + "/edit/recorded", "version",
				String.valueOf(version), "classification", "complaint", "service", "corporate", "triageNotes",
				"Resident agreed we look at the last three collections", "comment", "Agreed on the phone");

		assertThat(saved.path()).isEqualTo(screen(reference));
		assertThat(saved.html()).contains("Your changes have been saved.");
		assertThat(row(saved, "data-triageNotes")).contains("Triage notes",
				"Resident agreed we look at the last three collections");
		assertThat(row(saved, "data-service")).contains("Corporate");
		assertThat(saved.html()).contains("Case details changed", "Agreed on the phone");
		FeedbackCase stored = this.casework.read(reference);
		assertThat(stored.version()).isEqualTo(version + 1);
		assertThat(stored.current().data().path("triageNotes").asString())
			.isEqualTo("Resident agreed we look at the last three collections");
		assertThat(stored.current().data().path("service").asString()).isEqualTo("corporate");
		HistoryEntry last = stored.history().get(stored.history().size() - 1);
		assertThat(last.action()).isEqualTo("edit-data");
		assertThat(last.changes()).extracting(FieldChange::path).containsExactly("/data/triageNotes");
	}

	@Test
	void anAnswerLongerThanItsQuestionAllowsIsRefusedOnItsFieldAndNothingChanges() {
		String reference = this.casework.allocatedComplaint("Bins not emptied");
		ResidentBrowser browser = signedIn(CaseworkFixture.OFFICER);
		browser.get(screen(reference) + "/edit/recorded");
		long version = this.casework.read(reference).version();
		ResidentBrowser.Page refused = browser.post(screen(reference) + "/edit/recorded", "version",
				String.valueOf(version), "classification", "complaint", "service", "corporate", "duplicateOf",
				"NSC-2026-000001 and also NSC-2026-000002");

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.html()).contains("govuk-error-summary", "href=\"#duplicateOf\"",
				"Reference of the case this duplicates must be 30 characters or fewer",
				"NSC-2026-000001 and also NSC-2026-000002");
		FeedbackCase stored = this.casework.read(reference);
		assertThat(stored.version()).isEqualTo(version);
		assertThat(stored.current().data().has("duplicateOf")).isFalse();
	}

	@Test
	void aChoiceNoneOfTheQuestionsChoicesIsRefusedAndNothingChanges() {
		String reference = this.casework.allocatedComplaint("Bins not emptied");
		ResidentBrowser browser = signedIn(CaseworkFixture.OFFICER);
		browser.get(screen(reference) + "/edit/recorded");
		long version = this.casework.read(reference).version();
		ResidentBrowser.Page refused = browser.post(screen(reference) + "/edit/recorded", "version",
				String.valueOf(version), "classification", "complaint", "service", "parks");

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.html()).contains("govuk-error-summary", "href=\"#service\"");
		assertThat(this.casework.read(reference).current().data().path("service").asString()).isEqualTo("corporate");
		assertThat(this.casework.read(reference).version()).isEqualTo(version);
	}

	@Test
	void aStaleVersionShowsWhatChangedSinceAndKeepsTheOfficersAnswers() {
		String reference = this.casework.allocatedComplaint("Bins not emptied");
		ResidentBrowser browser = signedIn(CaseworkFixture.OFFICER);
		browser.get(screen(reference) + "/edit/recorded");
		long shown = this.casework.read(reference).version();
		browser.post(screen(reference) + "/edit/recorded", "version", String.valueOf(shown), "classification",
				"complaint", "service", "corporate", "triageNotes", "First note");

		ResidentBrowser.Page conflict = browser.post(screen(reference) + "/edit/recorded", "version",
				String.valueOf(shown), "classification", "complaint", "service", "corporate", "triageNotes",
				"Second note");

		assertThat(conflict.status()).isEqualTo(409);
		assertThat(conflict.html()).contains("This case was changed by someone else", "Case details changed",
				"Second note", "name=\"version\" value=\"" + (shown + 1) + "\"");
		assertThat(this.casework.read(reference).current().data().path("triageNotes").asString())
			.as("nothing overwritten")
			.isEqualTo("First note");
	}

	@Test
	void aNewContactListsItsStaffOnlyQuestionsButTheyCannotBeChangedUntilItIsTriaged() {
		String reference = this.casework.contact("Missed bins on Mill Lane", null);
		ResidentBrowser browser = signedIn(CaseworkFixture.OFFICER);
		ResidentBrowser.Page screen = browser.get(screen(reference));
		assertThat(row(screen, "data-triageNotes")).contains("Triage notes", "Not recorded");
		assertThat(screen.html()).doesNotContain("/edit/recorded");

		ResidentBrowser.Page unavailable = browser.get(screen(reference) + "/edit/recorded");
		assertThat(unavailable.status()).isEqualTo(409);
		assertThat(unavailable.html()).doesNotContain("Triage notes");
		assertThat(browser.get(screen("UNI-2026-999999") + "/edit/recorded").status()).isEqualTo(404);
	}

	@Test
	void aPageOfTheResidentsAnswersIsStillChangedByItsNumber() {
		String reference = this.casework.allocatedComplaint("Bins not emptied");
		ResidentBrowser browser = signedIn(CaseworkFixture.OFFICER);
		ResidentBrowser.Page page = browser.get(screen(reference) + "/edit/1");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html()).contains("action=\"" + screen(reference) + "/edit/1\"").doesNotContain("Triage notes");
		assertThat(browser.get(screen(reference) + "/edit/99").status()).isEqualTo(404);
	}

	@Test
	void anAuditorReadsTheStaffOnlyQuestionsWithoutAChangeLink() {
		String reference = this.casework.allocatedComplaint("Bins not emptied");
		ResidentBrowser.Page screen = signedIn("auditor@" + CaseworkFixture.TENANT).get(screen(reference));
		assertThat(row(screen, "data-service")).contains("Service responsible", "Corporate");
		assertThat(screen.html()).doesNotContain("/edit/");
	}

	/** The summary list row with the id, as HTML. */
	private static String row(ResidentBrowser.Page page, String id) {
		String html = page.html();
		int start = html.indexOf("id=\"" + id + "\"");
		assertThat(start).as("row " + id).isNotNegative();
		return html.substring(start, html.indexOf("</div>", start));
	}

	private static String screen(String reference) {
		return "/t/" + CaseworkFixture.TENANT + "/cases/" + reference;
	}

	private ResidentBrowser signedIn(String user) {
		ResidentBrowser browser = new ResidentBrowser(this.port);
		browser.get("/t/" + CaseworkFixture.TENANT + "/login");
		ResidentBrowser.Page landed = browser.post("/login", "username", user, "password", OfficerSignIn.PASSWORD);
		assertThat(landed.path()).isNotEqualTo("/login");
		return browser;
	}

}
