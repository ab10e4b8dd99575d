package org.candour.definition.editing;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.candour.definition.editing.Documents.at;
import static org.candour.definition.editing.Documents.edited;
import static org.candour.definition.editing.Documents.json;
import static org.candour.definition.editing.Documents.sentences;

class FormChangeWordingTests {

	private static final ObjectNode FORM = Documents.form();

	private static final String PAGE_1 = "/spec/uiSchema/elements/0/elements";

	private static final String PAGE_2 = "/spec/uiSchema/elements/1/elements";

	@Test
	void tellsAQuestionAddedToItsPage() {
		ObjectNode after = edited(FORM, form -> {
			at(form, "/spec/schema/properties").set("when", json("{\"type\": \"string\", \"title\": \"When?\"}"));
			((ArrayNode) form.at(PAGE_2)).insert(1, json("{\"type\": \"Control\", \"scope\": \"#/properties/when\"}"));
		});

		assertThat(sentences(FORM, after)).containsExactly("Question 'When?' added to page 2");
	}

	@Test
	void tellsAQuestionRemovedFromItsPage() {
		ObjectNode after = edited(FORM, form -> {
			at(form, "/spec/schema/properties").remove("details");
			((ArrayNode) form.at(PAGE_2)).remove(2);
		});

		assertThat(sentences(FORM, after)).containsExactly("Question 'What happened?' removed from page 2");
	}

	@Test
	void tellsAQuestionMovedToAnotherPage() {
		ObjectNode after = edited(FORM, form -> {
			((ArrayNode) form.at(PAGE_2)).remove(1);
			((ArrayNode) form.at(PAGE_1)).add(json("{\"type\": \"Control\", \"scope\": \"#/properties/service\"}"));
		});

		assertThat(sentences(FORM, after)).containsExactly("Question 'Which service?' moved from page 2 to page 1");
	}

	@Test
	void tellsQuestionsReorderedOnAPage() {
		ObjectNode after = edited(FORM, form -> {
			ArrayNode page = (ArrayNode) form.at(PAGE_2);
			page.insert(1, page.remove(2));
		});

		assertThat(sentences(FORM, after)).containsExactly("Questions on page 2 reordered");
	}

	@Test
	void tellsALabelChangedAndAHintAdded() {
		ObjectNode after = edited(FORM, form -> {
			at(form, "/spec/schema/properties/details").put("title", "Tell us what happened");
			at(form, PAGE_2 + "/2/options").put("hint", "Who, what and when.");
		});

		assertThat(sentences(FORM, after)).containsExactly("Question 'What happened?' renamed 'Tell us what happened'",
				"Hint added to question 'Tell us what happened'");
	}

	@Test
	void tellsWelshTextAddedToALabel() {
		ObjectNode after = edited(FORM, form -> at(form, "/spec/schema/properties/details").set("title",
				json("{\"en\": \"What happened?\", \"cy\": \"Beth ddigwyddodd?\"}")));

		assertThat(sentences(FORM, after)).containsExactly("Welsh text added to question 'What happened?'");
	}

	@Test
	void tellsAQuestionMadeOptionalOrRequired() {
		ObjectNode after = edited(FORM, form -> {
			ArrayNode required = at(form, "/spec/schema").putArray("required");
			required.add("name").add("details");
		});

		assertThat(sentences(FORM, after)).containsExactly("Question 'Which service?' is now optional",
				"Question 'What happened?' is now required");
	}

	@Test
	void tellsOptionsAddedRemovedAndRelabelled() {
		ObjectNode after = edited(FORM, form -> at(form, "/spec/schema/properties/service").set("oneOf", json("""
				{"x": [{"const": "highways", "title": "Roads and pavements"}, {"const": "parking", "title": "Parking"}]}
				""").get("x")));

		assertThat(sentences(FORM, after)).containsExactly("Option 'Parking' added to question 'Which service?'",
				"Option 'Bins' removed from question 'Which service?'",
				"Option 'Roads' of question 'Which service?' renamed 'Roads and pavements'");
	}

	@Test
	void tellsACharacterLimitChanged() {
		ObjectNode after = edited(FORM, form -> at(form, PAGE_2 + "/2/options").put("maxLength", 2000));

		assertThat(sentences(FORM, after)).containsExactly("Character limit of question 'What happened?' 5000 → 2000");
	}

	@Test
	void tellsAConditionInWords() {
		ObjectNode after = edited(FORM, form -> at(form, PAGE_2 + "/3").set("rule", json("""
				{"effect": "SHOW", "condition": {"scope": "#/properties/raisedBefore", "schema": {"const": true}}}
				""")));

		assertThat(sentences(FORM, after)).containsExactly(
				"Question 'When did you tell us?' now asked only when 'Have you told us before?' is 'Yes'");
	}

	@Test
	void tellsAConditionRemoved() {
		ObjectNode conditional = edited(FORM, form -> at(form, PAGE_2 + "/3").set("rule",
				json("""
						{"effect": "SHOW", "condition": {"scope": "#/properties/service", "schema": {"enum": ["highways", "waste"]}}}
						""")));

		assertThat(sentences(conditional, FORM))
			.containsExactly("Condition removed from question 'When did you tell us?': it is always asked");
	}

	@Test
	void tellsHowAQuestionIsAnswered() {
		ObjectNode after = edited(FORM, form -> at(form, PAGE_2 + "/1").putObject("options").put("widget", "select"));

		assertThat(sentences(FORM, after))
			.containsExactly("Question 'Which service?' is now answered with a drop-down list (was radio buttons)");
	}

	@Test
	void tellsAPageAddedRemovedAndRenamed() {
		ObjectNode added = edited(FORM, form -> {
			at(form, "/spec/schema/properties").set("files", json("{\"type\": \"string\", \"title\": \"Files\"}"));
			((ArrayNode) form.at("/spec/uiSchema/elements")).add(
					json("""
							{"type": "Category", "label": "Documents", "elements": [{"type": "Control", "scope": "#/properties/files"}]}
							"""));
		});
		ObjectNode renamed = edited(FORM, form -> at(form, "/spec/uiSchema/elements/0").put("label", "You"));

		assertThat(sentences(FORM, added)).containsExactly("Page 'Documents' added as page 3",
				"Question 'Files' added to page 3");
		assertThat(sentences(added, FORM)).containsExactly("Page 'Documents' removed (it was page 3)",
				"Question 'Files' removed from page 3");
		assertThat(sentences(FORM, renamed)).containsExactly("Page 'About you' renamed 'You'");
	}

	@Test
	void tellsAPageMoved() {
		ObjectNode after = edited(FORM, form -> {
			ArrayNode pages = (ArrayNode) form.at("/spec/uiSchema/elements");
			pages.add(pages.remove(0));
		});

		assertThat(sentences(FORM, after)).containsExactly("Page 'About you' moved from page 1 to page 2",
				"Page 'Your complaint' moved from page 2 to page 1");
	}

	@Test
	void tellsTheTextOnAPageChanged() {
		ObjectNode after = edited(FORM, form -> at(form, PAGE_2 + "/0").put("text", "Tell us everything."));

		assertThat(sentences(FORM, after)).containsExactly("Text on page 'Your complaint' changed");
	}

	@Test
	void tellsAFieldNoPageAsks() {
		ObjectNode after = edited(FORM, form -> at(form, "/spec/schema/properties/handler").put("maxLength", 80));

		assertThat(sentences(FORM, after)).containsExactly("Field 'Handled by' changed (not asked on the form)");
	}

	@Test
	void tellsErrorMessagesChanged() {
		ObjectNode after = edited(FORM,
				form -> at(form, "/spec").putObject("messages").putObject("/service").put("required", "Choose one"));

		assertThat(sentences(FORM, after)).containsExactly("Error messages for 'Which service?' changed");
	}

}
