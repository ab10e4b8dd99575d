package org.candour.definition.editing;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class FormEditorTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String FORM = """
			{"kind": "form", "id": "feedback-form", "title": {"en": "Give feedback", "cy": "Rhoi adborth"}, "spec": {
			  "schema": {"type": "object", "required": ["service", "summary"], "properties": {
			    "service": {"type": "string", "title": "Which service?", "oneOf": [
			      {"const": "roads", "title": "Roads"}, {"const": "bins", "title": "Bins"}]},
			    "summary": {"type": "string", "title": "Summary", "maxLength": 150},
			    "contactedBefore": {"type": "boolean", "title": "Have you contacted us before?"},
			    "previousReference": {"type": "string", "title": "Your reference"},
			    "email": {"type": "string", "format": "email", "title": "Email address"},
			    "handledBy": {"type": "string", "title": "Handled by", "description": "Recorded by the allocate action."}}},
			  "uiSchema": {"type": "Categorization", "elements": [
			    {"type": "Category", "label": {"en": "Your feedback", "cy": "Eich adborth"}, "elements": [
			      {"type": "Label", "text": "Tell us what happened."},
			      {"type": "Control", "scope": "#/properties/service",
			       "options": {"choiceLabels": {"roads": {"en": "Roads", "cy": "Ffyrdd"}}}},
			      {"type": "Control", "scope": "#/properties/summary", "options": {"maxLength": 150, "characterCount": true}}]},
			    {"type": "Category", "label": "Before", "elements": [
			      {"type": "Control", "scope": "#/properties/contactedBefore"},
			      {"type": "Control", "scope": "#/properties/email"}]},
			    {"type": "Category", "label": "Your reference", "elements": [
			      {"type": "Control", "scope": "#/properties/previousReference", "options": {"hint": "For example, ABC-123"},
			       "rule": {"effect": "SHOW", "condition": {"scope": "#/properties/contactedBefore", "schema": {"const": true}}}}]}]},
			  "messages": {"/summary": {"required": "Enter a summary"}},
			  "people": ["email"]}}
			""";

	private final FormEditor editor = new FormEditor();

	private final ObjectNode form = (ObjectNode) JSON.readTree(FORM);

	@Test
	void showsPagesQuestionsWelshConditionsAndWhatStaffRecord() {
		FormView view = this.editor.view(this.form);

		assertThat(view.paged()).isTrue();
		assertThat(view.pages()).extracting(FormView.Page::title)
			.containsExactly(Text.of("Your feedback", "Eich adborth"), Text.of("Before"), Text.of("Your reference"));
		assertThat(view.pages().get(0).notes()).containsExactly(Text.of("Tell us what happened."));
		FormView.Question service = view.pages().get(0).questions().get(0);
		assertThat(service.name()).isEqualTo("service");
		assertThat(service.kind()).isEqualTo("radios");
		assertThat(service.required()).isTrue();
		assertThat(service.options()).containsExactly(new Option("roads", Text.of("Roads", "Ffyrdd")),
				new Option("bins", Text.of("Bins")));
		FormView.Question summary = view.pages().get(0).questions().get(1);
		assertThat(summary.settings().maxLength()).isEqualTo(150);
		assertThat(view.pages().get(1).questions()).extracting(FormView.Question::name, FormView.Question::contact)
			.containsExactly(tuple("contactedBefore", false), tuple("email", true));
		FormView.Question reference = view.pages().get(2).questions().get(0);
		assertThat(reference.hint()).isEqualTo(Text.of("For example, ABC-123"));
		assertThat(reference.condition().path("condition").path("scope").asString())
			.isEqualTo("#/properties/contactedBefore");
		assertThat(reference.pointer()).isEqualTo("/spec/uiSchema/elements/2/elements/0");
		assertThat(view.staffOnly()).extracting(FormView.Question::name, FormView.Question::staffOnly)
			.containsExactly(tuple("handledBy", true));
	}

	@Test
	void namesANewQuestionFromItsLabelAndNeverRenamesIt() {
		FormChange added = this.editor.addQuestion(this.form, 0, 1,
				QuestionDraft.of("text", "Which service is your complaint about?"));
		FormChange again = this.editor.addQuestion(added.document(), 0, 1,
				QuestionDraft.of("text", "Which service is your complaint about?"));
		String name = again.question();
		FormView.Question question = this.editor.view(again.document())
			.questions()
			.stream()
			.filter(candidate -> candidate.name().equals(name))
			.findFirst()
			.orElseThrow();
		FormChange relabelled = this.editor.editQuestion(again.document(), name,
				question.draft().withLabel(Text.of("What is it about?")));

		assertThat(added.question()).isEqualTo("serviceComplaint");
		assertThat(name).isEqualTo("serviceComplaint2");
		assertThat(this.editor.view(again.document()).pages().get(0).questions()).extracting(FormView.Question::name)
			.containsExactly("service", "serviceComplaint2", "serviceComplaint", "summary");
		assertThat(relabelled.document().at("/spec/schema/properties/serviceComplaint2/title").asString())
			.isEqualTo("What is it about?");
		assertThat(relabelled.document().at("/spec/schema/properties").propertyNames()).contains("serviceComplaint2")
			.doesNotContain("whatIsIt");
	}

	@Test
	void writesEachKindInTheLeanFormatWithAWidgetOnlyWhereTheSchemaDoesNotImplyIt() {
		assertThat(added(QuestionDraft.of("text", "Your name"))).isEqualTo(json("""
				{"type": "string", "title": "Your name"}"""));
		assertThat(control(QuestionDraft.of("text", "Your name"))).isEqualTo(json("""
				{"type": "Control", "scope": "#/properties/name"}"""));
		assertThat(control(QuestionDraft.of("textarea", "What happened").withSettings(Settings.maxLength(2000))))
			.isEqualTo(
					json("""
							{"type": "Control", "scope": "#/properties/happened", "options": {"maxLength": 2000, "characterCount": true}}"""));
		assertThat(control(QuestionDraft.of("textarea", "What happened").withSettings(Settings.maxLength(300))))
			.isEqualTo(json("""
					{"type": "Control", "scope": "#/properties/happened",
					 "options": {"maxLength": 300, "characterCount": true, "widget": "textarea"}}"""));
		assertThat(added(QuestionDraft.of("date", "When did it happen").withSettings(Settings.dates("past"))))
			.isEqualTo(json("""
					{"type": "string", "title": "When did it happen", "format": "date"}"""));
		assertThat(control(QuestionDraft.of("date", "When did it happen").withSettings(Settings.dates("past"))))
			.isEqualTo(json("""
					{"type": "Control", "scope": "#/properties/happen", "options": {"dates": "past"}}"""));
		assertThat(control(QuestionDraft.of("phone", "Phone number"))).isEqualTo(json("""
				{"type": "Control", "scope": "#/properties/phoneNumber", "options": {"widget": "phone"}}"""));
		assertThat(added(QuestionDraft.of("number", "How many")
			.withSettings(Settings.range(java.math.BigDecimal.ONE, java.math.BigDecimal.TEN, true)))).isEqualTo(json("""
					{"type": "integer", "title": "How many", "minimum": 1, "maximum": 10}"""));
		assertThat(added(QuestionDraft.of("radios", "Pick one")
			.withOptions(List.of(Option.of("Yes, with my name"), new Option(null, Text.of("No", "Na")))))).isEqualTo(
					json("""
							{"type": "string", "title": "Pick one",
							 "oneOf": [{"const": "yes-with-my-name", "title": "Yes, with my name"}, {"const": "no", "title": "No"}]}"""));
		assertThat(control(QuestionDraft.of("radios", "Pick one")
			.withOptions(List.of(Option.of("Yes, with my name"), new Option(null, Text.of("No", "Na")))))).isEqualTo(
					json("""
							{"type": "Control", "scope": "#/properties/pickOne", "options": {"choiceLabels": {"no": {"en": "No", "cy": "Na"}}}}"""));
		assertThat(added(QuestionDraft.of("checkboxes", "Which apply").withCodeList("themes"))).isEqualTo(
				json("""
						{"type": "array", "uniqueItems": true, "items": {"type": "string", "codeList": "themes"}, "title": "Which apply"}"""));
		assertThat(added(QuestionDraft.of("yes-no", "Are you happy"))).isEqualTo(json("""
				{"type": "boolean", "title": "Are you happy"}"""));
		assertThat(added(QuestionDraft.of("address", "Your address")).path("required").toString())
			.isEqualTo("[\"line1\",\"town\",\"postcode\"]");
		assertThat(control(
				QuestionDraft.of("file", "Photos").withSettings(Settings.files(List.of("image/jpeg"), 2, 4096))))
			.isEqualTo(
					json("""
							{"type": "Control", "scope": "#/properties/photos",
							 "options": {"accept": ["image/jpeg"], "maxFiles": 2, "maxFileSizeKb": 4096, "widget": "file"}}"""));
		assertThat(added(QuestionDraft.of("file", "Photos").withSettings(Settings.files(List.of(), 2, null)))
			.path("maxItems")
			.asInt()).isEqualTo(2);
	}

	@Test
	void refusesToDeleteAQuestionAnotherDependsOnAndNamesIt() {
		FormChange refused = this.editor.deleteQuestion(this.form, "contactedBefore");

		assertThat(refused.refused()).isTrue();
		assertThat(refused.refusal().code()).isEqualTo("form.question-in-use");
		assertThat(refused.refusal().pointer()).isEqualTo("/spec/uiSchema/elements/2/elements/0/rule");
		assertThat(refused.refusal().message()).contains("'Your reference'")
			.contains("'Have you contacted us before?'");
		assertThat(refused.document()).isEqualTo(this.form);
	}

	@Test
	void deletesAQuestionWithItsDataFieldRequiredAndMessages() {
		FormChange deleted = this.editor.deleteQuestion(this.form, "summary");

		assertThat(deleted.refused()).isFalse();
		assertThat(deleted.document().at("/spec/schema/properties").has("summary")).isFalse();
		assertThat(deleted.document().at("/spec/schema/required").toString()).isEqualTo("[\"service\"]");
		assertThat(deleted.document().at("/spec/messages").has("/summary")).isFalse();
		assertThat(this.editor.view(deleted.document()).pages().get(0).questions()).extracting(FormView.Question::name)
			.containsExactly("service");
	}

	@Test
	void refusesToEmptyAPageOrDeleteAPageAnotherPageDependsOn() {
		assertThat(this.editor.deleteQuestion(this.form, "previousReference").refusal().code())
			.isEqualTo("form.page-empty");
		assertThat(this.editor.moveQuestionToPage(this.form, "previousReference", 0).refusal().code())
			.isEqualTo("form.page-empty");
		FormChange page = this.editor.deletePage(this.form, 1);
		assertThat(page.refusal().code()).isEqualTo("form.question-in-use");
		assertThat(page.refusal().message()).contains("'Your reference'");

		FormChange deleted = this.editor.deletePage(this.form, 2);
		assertThat(this.editor.view(deleted.document()).pages()).hasSize(2);
		assertThat(deleted.document().at("/spec/schema/properties").has("previousReference")).isFalse();
	}

	@Test
	void keepsContactDetailsWhenTheirPageIsDeleted() {
		ObjectNode withoutCondition = this.editor.setCondition(this.form, "previousReference", null).document();

		FormChange deleted = this.editor.deletePage(withoutCondition, 1);

		assertThat(deleted.refused()).isFalse();
		FormView view = this.editor.view(deleted.document());
		assertThat(view.pages().get(0).questions()).extracting(FormView.Question::name)
			.containsExactly("service", "summary", "email");
		assertThat(deleted.document().at("/spec/people").toString()).isEqualTo("[\"email\"]");
	}

	@Test
	void copiesAPageUnderNewNamesWithItsConditionsFollowingTheCopies() {
		ObjectNode twoOnAPage = this.editor.moveQuestionToPage(this.form, "contactedBefore", 2).document();
		assertThat(this.editor.view(twoOnAPage).pages().get(2).questions()).extracting(FormView.Question::name)
			.containsExactly("previousReference", "contactedBefore");

		FormChange copied = this.editor.copyPage(twoOnAPage, 2);
		FormView view = this.editor.view(copied.document());

		assertThat(view.pages()).hasSize(4);
		assertThat(view.pages().get(3).title()).isEqualTo(Text.of("Your reference"));
		assertThat(view.pages().get(3).questions()).extracting(FormView.Question::name)
			.containsExactly("reference", "contactedBefore2");
		assertThat(view.pages().get(3).questions().get(0).condition().at("/condition/scope").asString())
			.isEqualTo("#/properties/contactedBefore2");
		assertThat(view.pages().get(2).questions().get(0).condition().at("/condition/scope").asString())
			.isEqualTo("#/properties/contactedBefore");
		assertThat(copied.document().at("/spec/schema/properties/contactedBefore2"))
			.isEqualTo(this.form.at("/spec/schema/properties/contactedBefore"));
		assertThat(this.editor.copyPage(this.form, 1).document().at("/spec/uiSchema/elements/2/elements").toString())
			.as("contact details are not copied")
			.isEqualTo("[{\"type\":\"Control\",\"scope\":\"#/properties/contactedBefore2\"}]");
	}

	@Test
	void translatesAQuestionAndListsEveryEnglishTextWithoutWelsh() {
		List<MissingWelsh> before = this.editor.missingWelsh(this.form);
		assertThat(before).extracting(MissingWelsh::pointer)
			.containsExactly("/spec/uiSchema/elements/0/elements/0/text", "/spec/uiSchema/elements/0/elements/1/label",
					"/spec/uiSchema/elements/0/elements/1/options/choiceLabels/bins",
					"/spec/uiSchema/elements/0/elements/2/label", "/spec/uiSchema/elements/1/label",
					"/spec/uiSchema/elements/1/elements/0/label", "/spec/uiSchema/elements/1/elements/1/label",
					"/spec/uiSchema/elements/2/label", "/spec/uiSchema/elements/2/elements/0/label",
					"/spec/uiSchema/elements/2/elements/0/options/hint", "/spec/messages/~1summary/required");

		FormChange translated = this.editor.translateQuestion(this.form, "service", "Pa wasanaeth?", null,
				Map.of("bins", "Biniau"));

		JsonNode control = translated.document().at("/spec/uiSchema/elements/0/elements/1");
		assertThat(control.path("label")).isEqualTo(json("{\"en\": \"Which service?\", \"cy\": \"Pa wasanaeth?\"}"));
		assertThat(control.at("/options/choiceLabels/bins")).isEqualTo(json("{\"en\": \"Bins\", \"cy\": \"Biniau\"}"));
		assertThat(translated.document().at("/spec/schema/properties/service/title").asString())
			.isEqualTo("Which service?");
		assertThat(this.editor.missingWelsh(translated.document())).extracting(MissingWelsh::pointer)
			.doesNotContain("/spec/uiSchema/elements/0/elements/1/label",
					"/spec/uiSchema/elements/0/elements/1/options/choiceLabels/bins")
			.hasSize(before.size() - 2);
	}

	@Test
	void storesAndRemovesAConditionOnAnotherQuestionOnly() {
		ObjectNode rule = (ObjectNode) json("""
				{"effect": "SHOW", "condition": {"scope": "#/properties/service", "schema": {"const": "roads"}}}""");

		FormChange set = this.editor.setCondition(this.form, "summary", rule);
		FormChange onItself = this.editor.setCondition(this.form, "summary", (ObjectNode) json("""
				{"effect": "SHOW", "condition": {"scope": "#/properties/summary", "schema": {"const": "x"}}}"""));
		FormChange onNothing = this.editor.setCondition(this.form, "summary", (ObjectNode) json("""
				{"effect": "SHOW", "condition": {"scope": "#/properties/nothing", "schema": {"const": "x"}}}"""));

		assertThat(set.document().at("/spec/uiSchema/elements/0/elements/2/rule")).isEqualTo(rule);
		assertThat(this.editor.setCondition(set.document(), "summary", null).document()).isEqualTo(this.form);
		assertThat(onItself.refusal().code()).isEqualTo("form.condition-question-missing");
		assertThat(onNothing.refusal().code()).isEqualTo("form.condition-question-missing");
	}

	@Test
	void changesAKindOnlyWhereTheAnswersStillFit() {
		FormView.Question service = this.editor.view(this.form).questions().get(0);

		FormChange select = this.editor.editQuestion(this.form, "service", service.draft().withKind("select"));
		FormChange yesNo = this.editor.editQuestion(this.form, "service", service.draft().withKind("yes-no"));

		assertThat(select.document().at("/spec/uiSchema/elements/0/elements/1/options/widget").asString())
			.isEqualTo("select");
		assertThat(yesNo.refusal().code()).isEqualTo("form.kind-change");
	}

	@Test
	void setsAndRemovesAQuestionsMessagesInPlainWords() {
		FormChange set = this.editor.setMessage(this.form, "service", "required",
				Text.of("Select a service", "Dewiswch wasanaeth"));
		FormChange removed = this.editor.setMessage(this.form, "summary", "required", null);

		assertThat(this.editor.view(set.document()).questions().get(0).messages()).containsEntry("required",
				Text.of("Select a service", "Dewiswch wasanaeth"));
		assertThat(set.document().at("/spec/messages/~1summary")).isEqualTo(this.form.at("/spec/messages/~1summary"));
		assertThat(removed.document().has("spec")).isTrue();
		assertThat(removed.document().path("spec").has("messages")).isFalse();
	}

	@Test
	void leavesTheFormAsItWasWhenNothingChanges() {
		FormView.Question service = this.editor.view(this.form).questions().get(0);

		assertThat(this.editor.editQuestion(this.form, "service", service.draft()).document()).isEqualTo(this.form);
		assertThat(this.editor.movePage(this.form, 0, -1).document()).isEqualTo(this.form);
	}

	@Test
	void writesPagesOutWhenAFormWithoutThemGetsOne() {
		ObjectNode onePerPage = (ObjectNode) json(
				"""
						{"kind": "form", "id": "f", "title": "F", "spec": {
						  "schema": {"type": "object", "properties": {"a": {"type": "string", "title": "A?"}, "b": {"type": "boolean"}}},
						  "uiSchema": {"type": "VerticalLayout", "elements": [{"type": "Label", "text": "Hello"},
						    {"type": "Control", "scope": "#/properties/a"}, {"type": "Control", "scope": "#/properties/b"}]}}}""");
		assertThat(this.editor.view(onePerPage).pages()).extracting(FormView.Page::title)
			.containsExactly(Text.of("A?"), Text.of("b"));

		FormChange added = this.editor.addPage(onePerPage, 1, Text.of("Middle"), QuestionDraft.of("email", "Email"));

		assertThat(added.document().at("/spec/uiSchema")).isEqualTo(
				json("""
						{"type": "Categorization", "elements": [
						  {"type": "Category", "label": "A?", "elements": [{"type": "Label", "text": "Hello"},
						    {"type": "Control", "scope": "#/properties/a"}]},
						  {"type": "Category", "label": "Middle", "elements": [{"type": "Control", "scope": "#/properties/email"}]},
						  {"type": "Category", "label": "b", "elements": [{"type": "Control", "scope": "#/properties/b"}]}],
						 "options": {"variant": "stepper"}}"""));
	}

	private ObjectNode added(QuestionDraft draft) {
		FormChange change = this.editor.addQuestion(this.form, 0, 0, draft);
		return (ObjectNode) change.document().at("/spec/schema/properties/" + change.question());
	}

	private JsonNode control(QuestionDraft draft) {
		FormChange change = this.editor.addQuestion(this.form, 0, 0, draft);
		return change.document().at("/spec/uiSchema/elements/0/elements/1");
	}

	private static JsonNode json(String text) {
		return JSON.readTree(text);
	}

}
