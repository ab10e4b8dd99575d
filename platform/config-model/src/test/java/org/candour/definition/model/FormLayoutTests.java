package org.candour.definition.model;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The UI schema's rules, labels, help, groups and page options as the pages read them.
 */
class FormLayoutTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final JsonNode SCHEMA = JSON.readTree("""
			{"type": "object", "properties": {
			  "urgent": {"type": "boolean", "title": "Is it urgent?"},
			  "address": {"type": "object", "properties": {"postcode": {"type": "string"}}},
			  "why": {"type": "string", "title": "Why is it urgent?"},
			  "where": {"type": "string", "title": "Where?"}}}
			""");

	@Test
	void aWholeDataConditionTestsTheWholeData() {
		FormQuestion why = question(layout(control("why", rule("SHOW", "#", "{\"required\": [\"urgent\"]}"))), "why");

		FormQuestion.Rule rule = why.rules().get(0);
		assertThat(rule.field()).isEmpty();
		assertThat(rule.tested(JSON.readTree("{\"urgent\": true}"))).isEqualTo(JSON.readTree("{\"urgent\": true}"));
	}

	@Test
	void aNestedConditionTestsTheNestedValueNotItsObject() {
		FormQuestion where = question(layout(
				control("where", rule("HIDE", "#/properties/address/properties/postcode", "{\"pattern\": \"^CF\"}"))),
				"where");

		FormQuestion.Rule rule = where.rules().get(0);
		assertThat(rule.field()).isEqualTo("address/postcode");
		assertThat(rule.show()).isFalse();
		assertThat(rule.tested(JSON.readTree("{\"address\": {\"postcode\": \"CF10 1AA\"}}")).asString())
			.isEqualTo("CF10 1AA");
		assertThat(rule.tested(JSON.readTree("{\"address\": {}}"))).isNull();
	}

	@Test
	void aCategoryRulePassesToItsQuestionsAndItsTexts() {
		FormLayout layout = layout("""
				{"type": "Categorization", "elements": [
				  {"type": "Category", "label": "Urgency", "elements": [%s]},
				  {"type": "Category", "label": "Why", "rule": %s, "elements": [
				    {"type": "Label", "text": "Tell us more", "rule": %s}, %s]}]}
				""".formatted(control("urgent", null), rule("SHOW", "#/properties/urgent", "{\"const\": true}"),
				rule("HIDE", "#/properties/where", "{\"const\": \"here\"}"), control("why", null)));

		FormLayout.Page why = layout.pages().get(1);
		assertThat(why.questions().get(0).rules()).extracting(FormQuestion.Rule::field).containsExactly("urgent");
		assertThat(why.notes().get(0).rules()).extracting(FormQuestion.Rule::field).containsExactly("urgent", "where");
		assertThat(why.notes().get(0).text().asString()).isEqualTo("Tell us more");
	}

	@Test
	void aGroupGivesItsQuestionsItsLegend() {
		FormLayout layout = layout("""
				{"type": "VerticalLayout", "elements": [%s,
				  {"type": "Group", "label": "Urgency", "elements": [%s, %s]}]}
				""".formatted(control("where", null), control("urgent", null), control("why", null)));

		assertThat(question(layout, "where").shown().group()).isNull();
		FormQuestion.Shown urgent = question(layout, "urgent").shown();
		assertThat(urgent.legend().asString()).isEqualTo("Urgency");
		assertThat(urgent.group()).isEqualTo("/elements/1").isEqualTo(question(layout, "why").shown().group());
	}

	@Test
	void aGroupOfContactDetailsGivesThemItsLegendOnTheContactPage() {
		FormLayout layout = FormLayout.of(SCHEMA,
				JSON.readTree(
						"""
								{"type": "VerticalLayout", "elements": [%s, {"type": "Group", "label": "Your details", "elements": [%s]}]}
								"""
							.formatted(control("why", null), control("where", null))),
				List.of("where"));

		assertThat(layout.contact()).singleElement()
			.satisfies(where -> assertThat(where.shown().legend().asString()).isEqualTo("Your details"));
	}

	@Test
	void labelFalseHidesTheLabelAndKeepsTheTitleForScreenReaders() {
		FormQuestion why = question(layout("""
				{"type": "Control", "scope": "#/properties/why", "label": false}"""), "why");

		assertThat(why.shown().labelHidden()).isTrue();
		assertThat(why.label().asString()).isEqualTo("Why is it urgent?");
	}

	@Test
	void helpIsItsOwnSectionNotTheHint() {
		FormQuestion why = question(layout("""
				{"type": "Control", "scope": "#/properties/why", "options": {"help": "Say what will happen"}}"""),
				"why");

		assertThat(why.hint()).isNull();
		assertThat(why.shown().help().asString()).isEqualTo("Say what will happen");
	}

	@Test
	void showsProgressOnlyForTheStepperVariant() {
		String pages = """
				{"type": "Categorization", %s "elements": [{"type": "Category", "label": "Why", "elements": [%s]}]}""";

		assertThat(layout(pages.formatted("\"options\": {\"variant\": \"stepper\"},", control("why", null))).stepper())
			.isTrue();
		assertThat(layout(pages.formatted("", control("why", null))).stepper()).isFalse();
	}

	private static FormLayout layout(String ui) {
		return FormLayout.of(SCHEMA, JSON.readTree(ui), List.of());
	}

	private static FormQuestion question(FormLayout layout, String name) {
		return layout.pages()
			.stream()
			.flatMap(page -> page.questions().stream())
			.filter(question -> question.name().equals(name))
			.findFirst()
			.orElseThrow();
	}

	private static String control(String name, String rule) {
		return "{\"type\": \"Control\", \"scope\": \"#/properties/" + name + "\""
				+ ((rule == null) ? "" : ", \"rule\": " + rule) + "}";
	}

	private static String rule(String effect, String scope, String schema) {
		return "{\"effect\": \"" + effect + "\", \"condition\": {\"scope\": \"" + scope + "\", \"schema\": " + schema
				+ "}}";
	}

}
