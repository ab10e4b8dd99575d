package org.candour.definition.editing;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Questions staff record: added, made from a page's question, asked on a page again. */
class StaffQuestionsTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String FORM = """
			{"kind": "form", "id": "feedback-form", "title": "Give feedback", "spec": {
			  "schema": {"type": "object", "required": ["summary", "visited"], "properties": {
			    "summary": {"type": "string", "title": "Summary", "maxLength": 150},
			    "contactedBefore": {"type": "boolean", "title": "Have you contacted us before?"},
			    "previousReference": {"type": "string", "title": "Your reference"},
			    "visited": {"type": "string", "format": "date", "title": "When did you visit?"},
			    "photo": {"type": "array", "title": "Photo", "items": {"type": "object"}},
			    "email": {"type": "string", "format": "email", "title": "Email address"}}},
			  "uiSchema": {"type": "Categorization", "elements": [
			    {"type": "Category", "label": "Your feedback", "elements": [
			      {"type": "Control", "scope": "#/properties/summary"},
			      {"type": "Control", "scope": "#/properties/visited",
			       "label": {"en": "When did you visit?", "cy": "Pryd wnaethoch chi ymweld?"},
			       "options": {"dates": "past", "hint": "For example, 27 3 2026"}},
			      {"type": "Control", "scope": "#/properties/photo", "options": {"widget": "file"}},
			      {"type": "Control", "scope": "#/properties/email"}]},
			    {"type": "Category", "label": "Before", "elements": [
			      {"type": "Control", "scope": "#/properties/contactedBefore"},
			      {"type": "Control", "scope": "#/properties/previousReference",
			       "rule": {"effect": "SHOW", "condition": {"scope": "#/properties/contactedBefore", "schema": {"const": true}}}}]}]},
			  "messages": {"/visited": {"required": "Enter the date you visited"}},
			  "people": ["email"]}}
			""";

	private final FormEditor editor = new FormEditor();

	private final ObjectNode form = (ObjectNode) JSON.readTree(FORM);

	@Test
	void aNewQuestionStaffRecordIsADataFieldNoPageAsks() {
		FormChange added = this.editor.addStaffQuestion(this.form, QuestionDraft.of("radios", "Team passed to")
			.withOptions(List.of(Option.of("Highways"), Option.of("Waste"))));

		FormView view = this.editor.view(added.document());
		assertThat(added.refused()).isFalse();
		assertThat(added.question()).isEqualTo("teamPassed");
		assertThat(view.staffOnly()).extracting(FormView.Question::name, FormView.Question::kind)
			.containsExactly(org.assertj.core.api.Assertions.tuple("teamPassed", "radios"));
		assertThat(view.questions()).extracting(FormView.Question::name).doesNotContain("teamPassed");
		assertThat(added.document().at("/spec/schema/properties/teamPassed")).isEqualTo(JSON.readTree("""
				{"type": "string", "title": "Team passed to",
				 "oneOf": [{"const": "highways", "title": "Highways"}, {"const": "waste", "title": "Waste"}]}"""));
		assertThat(added.document().at("/spec/uiSchema")).isEqualTo(this.form.at("/spec/uiSchema"));
	}

	@Test
	void aQuestionStaffRecordHasNoHintNoWelshIsNeverRequiredAndKeepsAKindItsSchemaGives() {
		assertThat(refusal(this.editor.addStaffQuestion(this.form, QuestionDraft.of("file", "Photo of the damage"))))
			.isEqualTo("form.staff-only-kind");
		assertThat(refusal(this.editor.addStaffQuestion(this.form,
				QuestionDraft.of("text", "Notes").withHint(Text.of("What you found")))))
			.isEqualTo("form.staff-only-text");
		assertThat(
				refusal(this.editor.addStaffQuestion(this.form, QuestionDraft.of("text", "Notes").withRequired(true))))
			.isEqualTo("form.staff-only-required");
		assertThat(refusal(this.editor.addStaffQuestion(this.form, QuestionDraft.of("textarea", "Findings"))))
			.isEqualTo("form.staff-only-kind");
		FormChange findings = this.editor.addStaffQuestion(this.form,
				QuestionDraft.of("textarea", "Findings").withSettings(Settings.maxLength(2000)));
		assertThat(this.editor.view(findings.document()).staffOnly().get(0).kind()).isEqualTo("textarea");
		FormView.Question added = this.editor.view(findings.document()).staffOnly().get(0);
		assertThat(refusal(this.editor.editQuestion(findings.document(), "findings",
				added.draft().withSettings(Settings.maxLength(100)))))
			.isEqualTo("form.staff-only-kind");
		assertThat(refusal(this.editor.editQuestion(findings.document(), "findings", added.draft().withRequired(true))))
			.isEqualTo("form.staff-only-required");
	}

	@Test
	void aPagesQuestionBecomesOneStaffRecordKeepingItsDataFieldButNotWhatOnlyResidentsSee() {
		FormChange change = this.editor.makeStaffOnly(this.form, "visited");

		ObjectNode spec = (ObjectNode) change.document().path("spec");
		assertThat(change.refused()).isFalse();
		assertThat(spec.at("/schema/properties/visited")).isEqualTo(this.form.at("/spec/schema/properties/visited"));
		assertThat(spec.at("/schema/required").toString()).isEqualTo("[\"summary\"]");
		assertThat(spec.has("messages")).isFalse();
		assertThat(spec.toString()).doesNotContain("Pryd wnaethoch", "27 3 2026", "\"dates\"");
		FormView view = this.editor.view(change.document());
		assertThat(view.staffOnly()).extracting(FormView.Question::name).containsExactly("visited");
		assertThat(view.pages().get(0).questions()).extracting(FormView.Question::name)
			.containsExactly("summary", "photo", "email");
	}

	@Test
	void contactDetailsFilesConditionsNeedsAndAPagesLastQuestionStayOnTheirPages() {
		assertThat(refusal(this.editor.makeStaffOnly(this.form, "email"))).isEqualTo("form.staff-only-contact");
		assertThat(refusal(this.editor.makeStaffOnly(this.form, "photo"))).isEqualTo("form.staff-only-kind");
		FormChange tested = this.editor.makeStaffOnly(this.form, "contactedBefore");
		assertThat(refusal(tested)).isEqualTo("form.question-in-use");
		assertThat(tested.refusal().message()).contains("'Your reference' is shown or hidden by the answer to");
		FormChange alone = this.editor.makeStaffOnly(
				this.editor.setCondition(this.form, "previousReference", null).document(), "previousReference");
		FormChange last = this.editor.makeStaffOnly(alone.document(), "contactedBefore");
		assertThat(refusal(last)).isEqualTo("form.page-empty");
		assertThat(last.document()).isEqualTo(alone.document());
	}

	@Test
	void aQuestionStaffRecordIsAskedOfResidentsWhenMovedToAPage() {
		FormChange staff = this.editor.makeStaffOnly(this.form, "visited");
		FormChange asked = this.editor.moveQuestionToPage(staff.document(), "visited", 1);

		FormView view = this.editor.view(asked.document());
		assertThat(view.staffOnly()).isEmpty();
		assertThat(view.pages().get(1).questions()).extracting(FormView.Question::name)
			.containsExactly("contactedBefore", "previousReference", "visited");
	}

	@Test
	void theChangesAreToldInWords() {
		ObjectNode staff = this.editor.makeStaffOnly(this.form, "visited").document();
		ObjectNode added = this.editor.addStaffQuestion(staff, QuestionDraft.of("text", "Team passed to")).document();
		ObjectNode asked = this.editor.moveQuestionToPage(added, "visited", 1).document();

		assertThat(Documents.sentences(this.form, staff))
			.contains("Question 'When did you visit?' no longer asked on page 1: staff record it");
		assertThat(Documents.sentences(staff, added))
			.containsExactly("Question 'Team passed to' added for staff to record");
		assertThat(Documents.sentences(added, asked))
			.contains("Question 'When did you visit?' (recorded by staff until now) asked on page 2");
	}

	private static String refusal(FormChange change) {
		return change.refused() ? change.refusal().code() : null;
	}

}
