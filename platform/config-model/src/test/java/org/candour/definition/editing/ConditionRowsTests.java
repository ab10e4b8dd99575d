package org.candour.definition.editing;

import java.util.List;
import java.util.Optional;

import org.candour.definition.editing.ConditionRows.Effect;
import org.candour.definition.editing.ConditionRows.Match;
import org.candour.definition.editing.ConditionRows.Operator;
import org.candour.definition.editing.ConditionRows.Row;
import org.candour.definition.model.Form;
import org.candour.definition.model.FormLayout;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.candour.definition.editing.Documents.at;
import static org.candour.definition.editing.Documents.edited;
import static org.candour.definition.editing.Documents.json;
import static org.candour.definition.editing.Documents.node;

class ConditionRowsTests {

	/** The test form plus a number and a checkboxes question on page 1. */
	private static final FormLayout FORM = Form.of("complaint-form", edited(Documents.form(), form -> {
		at(form, "/spec/schema/properties").set("age", json("{\"type\": \"integer\", \"title\": \"Your age\"}"));
		at(form, "/spec/schema/properties").set("topics",
				json("{\"type\": \"array\", \"title\": \"Topics\", \"items\": {\"enum\": [\"a\", \"b\"]}}"));
		((ArrayNode) form.at("/spec/uiSchema/elements/0/elements"))
			.add(json("{\"type\": \"Control\", \"scope\": \"#/properties/age\"}"))
			.add(json("{\"type\": \"Control\", \"scope\": \"#/properties/topics\"}"));
	}).path("spec")).layout();

	private static ConditionRows show(Match match, Row... rows) {
		return new ConditionRows(Effect.SHOW, match, List.of(rows));
	}

	private static Row row(String question, Operator operator, String... values) {
		return new Row(question, operator, List.of(values));
	}

	@Test
	void writesAYesNoRowAsAConstantBoolean() {
		ObjectNode rule = show(Match.ALL, row("raisedBefore", Operator.IS, "true")).toRule(FORM, "previousContact");

		assertThat(rule).isEqualTo(json(
				"{\"effect\": \"SHOW\", \"condition\": {\"scope\": \"#/properties/raisedBefore\", \"schema\": {\"const\": true}}}"));
	}

	@Test
	void writesIsNotAndIsOneOf() {
		assertThat(show(Match.ALL, row("service", Operator.IS_NOT, "waste")).toRule(FORM, "details").path("condition"))
			.isEqualTo(json("{\"scope\": \"#/properties/service\", \"schema\": {\"not\": {\"const\": \"waste\"}}}"));
		assertThat(show(Match.ALL, row("service", Operator.IS_ONE_OF, "highways", "waste")).toRule(FORM, "details")
			.path("condition")
			.path("schema")).isEqualTo(json("{\"enum\": [\"highways\", \"waste\"]}"));
	}

	@Test
	void writesSeveralRowsAsAllOfOrAnyOfAndAHideEffect() {
		ConditionRows any = new ConditionRows(Effect.HIDE, Match.ANY,
				List.of(row("age", Operator.IS, "16"), row("age", Operator.IS_ONE_OF, "17", "18")));
		ConditionRows all = show(Match.ALL, row("service", Operator.IS_NOT, "waste"),
				row("service", Operator.IS_NOT, "highways"));

		assertThat(any.toRule(FORM, "details")).isEqualTo(json("""
				{"effect": "HIDE", "condition": {"scope": "#/properties/age",
				  "schema": {"anyOf": [{"const": 16}, {"enum": [17, 18]}]}}}
				"""));
		assertThat(all.toRule(FORM, "details").path("condition").path("schema"))
			.isEqualTo(json("{\"allOf\": [{\"not\": {\"const\": \"waste\"}}, {\"not\": {\"const\": \"highways\"}}]}"));
	}

	@Test
	void readsRulesIntoRows() {
		assertThat(ConditionRows.of(node("""
				{"effect": "SHOW", "condition": {"scope": "#/properties/raisedBefore", "schema": {"const": true}}}
				"""))).contains(show(Match.ALL, row("raisedBefore", Operator.IS, "true")));
		assertThat(ConditionRows.of(node("""
				{"effect": "HIDE", "condition": {"scope": "#/properties/service",
				  "schema": {"anyOf": [{"not": {"const": "waste"}}, {"enum": ["a", "b"]}]}}}
				"""))).contains(new ConditionRows(Effect.HIDE, Match.ANY,
				List.of(row("service", Operator.IS_NOT, "waste"), row("service", Operator.IS_ONE_OF, "a", "b"))));
	}

	@Test
	void offersTheJsonForRulesRowsCannotShow() {
		List<String> complex = List.of(
				"{\"effect\": \"ENABLE\", \"condition\": {\"scope\": \"#/properties/a\", \"schema\": {\"const\": 1}}}",
				"{\"effect\": \"SHOW\", \"condition\": {\"scope\": \"#/properties/a/properties/b\", \"schema\": {\"const\": 1}}}",
				"{\"effect\": \"SHOW\", \"condition\": {\"scope\": \"#\", \"schema\": {\"required\": [\"a\"]}}}",
				"{\"effect\": \"SHOW\", \"condition\": {\"scope\": \"#/properties/a\", \"schema\": {\"minLength\": 1}}}",
				"{\"effect\": \"SHOW\", \"condition\": {\"scope\": \"#/properties/a\", \"schema\": {\"const\": 1, \"type\": \"integer\"}}}",
				"{\"effect\": \"SHOW\", \"condition\": {\"scope\": \"#/properties/a\", \"schema\": {\"allOf\": [{\"const\": 1}]}}}",
				"{\"effect\": \"SHOW\", \"condition\": {\"scope\": \"#/properties/a\", \"schema\": {\"not\": {\"enum\": [1, 2]}}}}",
				"{\"effect\": \"SHOW\", \"condition\": {\"scope\": \"#/properties/a\", \"schema\": {\"anyOf\": [{\"const\": 1}, {\"allOf\": [{\"const\": 2}, {\"const\": 3}]}]}}}");

		assertThat(complex).allSatisfy(rule -> assertThat(ConditionRows.of(node(rule))).isEqualTo(Optional.empty()));
	}

	@Test
	void refusesRowsWithoutAQuestionOrAnswers() {
		assertThat(
				show(Match.ALL, row(" ", Operator.IS, "x"), row("service", Operator.IS_ONE_OF)).check(FORM, "details"))
			.containsExactly(
					new ConditionProblem("condition.question-missing", "rows[0].question", "Choose a question"),
					new ConditionProblem("condition.value-missing", "rows[1].values", "Choose the answer to check"));
		assertThat(new ConditionRows(Effect.SHOW, Match.ALL, List.of()).check(FORM, "details"))
			.extracting(ConditionProblem::code, ConditionProblem::field)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("condition.rows-missing", "rows"));
	}

	@Test
	void refusesAnUnknownQuestionAndAnAnswerItDoesNotOffer() {
		assertThat(show(Match.ALL, row("colour", Operator.IS, "red")).check(FORM, "details"))
			.containsExactly(new ConditionProblem("condition.question-unknown", "rows[0].question",
					"The question 'colour' is not on this form: choose another question"));
		assertThat(show(Match.ALL, row("service", Operator.IS_ONE_OF, "highways", "schools")).check(FORM, "details"))
			.containsExactly(new ConditionProblem("condition.value-unknown", "rows[0].values",
					"'schools' is not an answer to 'Which service?': choose one of its answers"));
		assertThat(show(Match.ALL, row("raisedBefore", Operator.IS, "maybe")).check(FORM, "details"))
			.extracting(ConditionProblem::code)
			.containsExactly("condition.value-unknown");
		assertThat(show(Match.ALL, row("age", Operator.IS, "sixteen")).check(FORM, "details"))
			.extracting(ConditionProblem::code)
			.containsExactly("condition.value-unknown");
	}

	@Test
	void refusesWhatTheRendererCannotCheck() {
		assertThat(show(Match.ALL, row("service", Operator.IS, "waste"), row("raisedBefore", Operator.IS, "true"))
			.check(FORM, "details")).extracting(ConditionProblem::code, ConditionProblem::field)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("condition.several-questions", "rows[1].question"));
		assertThat(show(Match.ALL, row("details", Operator.IS, "x")).check(FORM, "details"))
			.extracting(ConditionProblem::code)
			.containsExactly("condition.own-question");
		assertThat(show(Match.ALL, row("details", Operator.IS, "x")).check(FORM, "service"))
			.extracting(ConditionProblem::code)
			.containsExactly("condition.question-later");
		assertThat(show(Match.ALL, row("topics", Operator.IS, "a")).check(FORM, "details"))
			.extracting(ConditionProblem::code)
			.containsExactly("condition.question-kind");
		assertThat(show(Match.ALL, row("service", Operator.IS, "waste", "highways")).check(FORM, "details"))
			.extracting(ConditionProblem::code)
			.containsExactly("condition.value-too-many");
	}

	@Test
	void offersTheQuestionsAskedBeforeWhoseAnswerIsOneValue() {
		assertThat(ConditionRows.questionsToCheck(FORM, "previousContact")).containsExactly("name", "raisedBefore",
				"age", "service", "details");
		assertThat(ConditionRows.questionsToCheck(FORM, "raisedBefore")).containsExactly("name");
		assertThat(ConditionRows.questionsToCheck(FORM, "name")).isEmpty();
	}

	@Test
	void writesNoRuleForRowsWithProblems() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> show(Match.ALL, row("colour", Operator.IS, "red")).toRule(FORM, "details"))
			.withMessage("The question 'colour' is not on this form: choose another question");
	}

}
