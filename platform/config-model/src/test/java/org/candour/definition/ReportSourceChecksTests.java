package org.candour.definition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A report over another source than the cases names only what that source has: a field it
 * does not have (in a dimension, measure, filter or condition), a measure it does not
 * count, feedback types or a period it has none of, and population figures for questions
 * and answers no equality form has are refused, each at its pointer.
 */
class ReportSourceChecksTests {

	private static final ConfigSetValidator VALIDATOR = new ConfigSetValidator(new Schemas());

	private static final List<String> KINDS = List.of("feedback-type", "form", "workflow", "org-structure", "calendar",
			"notification-template");

	private static final String EQUALITY_FORM = """
			{"kind": "form", "id": "equality", "title": "Equality", "spec": {"schema": {"type": "object",
			  "properties": {"sex": {"type": "string", "oneOf": [{"const": "female", "title": "Female"},
			    {"const": "male", "title": "Male"}, {"const": "prefer-not-to-say", "title": "Prefer not to say"}]}}},
			  "uiSchema": {"type": "VerticalLayout", "elements": [{"type": "Control", "scope": "#/properties/sex"}]}}}""";

	private final Map<String, ObjectNode> documents = new LinkedHashMap<>();

	@BeforeEach
	void loadConsistentSet() {
		KINDS.forEach(kind -> this.documents.put(kind, JsonResources.read("sets/consistent/" + kind + ".json")));
		this.documents.put("equality", (ObjectNode) JsonResources.parse(EQUALITY_FORM));
	}

	@Test
	void acceptsAReportOverLearningActionsWithItsOwnFields() {
		report("""
				{"source": "learning-actions", "period": {"type": "financial-year"},
				 "dimensions": [{"id": "directorate", "label": "Directorate", "field": "directorate"},
				                {"id": "month", "label": "Month due", "field": "month"}],
				 "filters": [{"field": "ownerKind", "op": "eq", "value": "team"}],
				 "measures": [{"id": "all", "label": "Actions", "type": "count"},
				              {"id": "late", "label": "Overdue", "type": "count",
				               "where": {"required": ["overdue"], "properties": {"overdue": {"const": true}}}}]}""");

		assertThat(validate().errors()).isEmpty();
	}

	@Test
	void refusesFieldsTheSourceDoesNotHaveWhereverTheyAreNamed() {
		report("""
				{"source": "qa-samples",
				 "dimensions": [{"id": "theme", "label": "Theme", "field": "theme"},
				                {"id": "state", "label": "State", "field": "data.summary"}],
				 "filters": [{"field": "overdue", "op": "exists"}],
				 "measures": [{"id": "all", "label": "Samples", "type": "count",
				               "where": {"properties": {"decision": {"const": "upheld"}}}},
				              {"id": "sum", "label": "Sum", "type": "sum", "field": "receivedMonth"}]}""");

		assertThat(validate().errors()).extracting(Problem::code, Problem::pointer)
			.containsExactlyInAnyOrder(tuple("report.field-unknown", "/spec/dimensions/0/field"),
					tuple("report.field-unknown", "/spec/dimensions/1/field"),
					tuple("report.field-unknown", "/spec/measures/1/field"),
					tuple("report.field-unknown", "/spec/filters/0/field"),
					tuple("report.field-unknown", "/spec/measures/0/where"));
	}

	@Test
	void refusesASourceFieldInAReportOverCases() {
		report("""
				{"dimensions": [{"id": "theme", "label": "Theme", "field": "theme"}],
				 "measures": [{"id": "all", "label": "Cases", "type": "count"}]}""");

		assertThat(validate().errors()).extracting(Problem::code, Problem::pointer)
			.containsExactly(tuple("report.field-unknown", "/spec/dimensions/0/field"));
	}

	@Test
	void refusesWhatASourceDoesNotCount() {
		report("""
				{"source": "service-standards", "period": {"type": "financial-year"}, "feedbackTypes": ["complaint"],
				 "measures": [{"id": "days", "label": "Days", "type": "median",
				               "between": {"from": "received", "to": "closed"}}]}""");

		assertThat(validate().errors()).extracting(Problem::code, Problem::pointer)
			.contains(tuple("report.measure-unsupported", "/spec/measures/0/between"),
					tuple("report.feedback-types-unsupported", "/spec/feedbackTypes"),
					tuple("report.period-unsupported", "/spec/period"));
	}

	@Test
	void refusesAnythingButCountsOfAnswers() {
		report("""
				{"source": "survey-answers",
				 "measures": [{"id": "people", "label": "People", "type": "distinct", "field": "answer"},
				              {"id": "population", "label": "Population", "type": "population"}]}""");

		assertThat(validate().errors()).extracting(Problem::code, Problem::pointer)
			.contains(tuple("report.measure-unsupported", "/spec/measures/0/type"),
					tuple("report.measure-unsupported", "/spec/measures/1/type"),
					tuple("report.population-needs-dimensions", "/spec/measures/1"));
	}

	@Test
	void refusesPopulationFiguresOfQuestionsAndAnswersNoEqualityFormHas() {
		report("""
				{"source": "equality-answers",
				 "dimensions": [{"id": "question", "label": "Question", "field": "question"},
				                {"id": "answer", "label": "Answer", "field": "answer"}],
				 "measures": [{"id": "all", "label": "Complainants", "type": "count"},
				              {"id": "population", "label": "Population", "type": "population"}],
				 "population": {"source": "ONS Census 2021", "figures": {
				   "sex": {"female": 61, "male": 49, "other": 1}, "shoeSize": {"nine": 10}}}}""");

		assertThat(validate().errors()).extracting(Problem::code, Problem::pointer)
			.containsExactlyInAnyOrder(tuple("report.population-answer-unknown", "/spec/population/figures/sex/other"),
					tuple("report.population-over-100", "/spec/population/figures/sex"),
					tuple("report.population-question-unknown", "/spec/population/figures/shoeSize"));
	}

	@Test
	void refusesAPopulationMeasureWithoutFiguresAndAnUnknownCodeList() {
		report("""
				{"source": "equality-answers",
				 "dimensions": [{"id": "question", "label": "Question", "field": "question", "codeList": "nope"},
				                {"id": "answer", "label": "Answer", "field": "answer"}],
				 "measures": [{"id": "population", "label": "Population", "type": "population"}]}""");

		assertThat(validate().errors()).extracting(Problem::code, Problem::pointer)
			.containsExactlyInAnyOrder(tuple("report.population-missing", "/spec/measures/0"),
					tuple("ref.code-list-missing", "/spec/dimensions/0/codeList"));
	}

	@Test
	void refusesAnUnknownSourceByTheMetaSchema() {
		report("""
				{"source": "tweets", "measures": [{"id": "all", "label": "N", "type": "count"}]}""");

		assertThat(validate().errors()).extracting(Problem::code, Problem::pointer)
			.containsExactly(tuple("meta.enum", "/spec/source"));
	}

	@Test
	void takesAQaReportsTargetsFromTheTenantsQaPolicy() {
		this.documents.put("qa-policy", JsonResources.read("samples/qa-policy.valid.json"));
		ObjectNode policy = (ObjectNode) this.documents.get("qa-policy").path("spec");
		((ObjectNode) policy.path("targets")).put("methodMet", 75);
		((ObjectNode) policy.path("sampling")).remove("thematic");
		report("""
				{"source": "qa-samples",
				 "measures": [{"id": "method", "label": "Method met", "type": "percentage",
				               "where": {"required": ["methodMet"], "properties": {"methodMet": {"const": true}}},
				               "targetFromQaPolicy": "methodMet"}]}""");
		List<ConfigDocument> set = new ArrayList<>();
		this.documents.values().forEach(content -> set.add(ConfigDocument.of(content)));

		assertThat(validate().errors()).isEmpty();
		assertThat(org.candour.definition.model.CompiledConfiguration.of(set, new Schemas())
			.reports()
			.get("by-source")
			.measures()
			.get(0)
			.target()).isEqualTo(75.0);
	}

	@Test
	void refusesATargetFromTheQaPolicyWithoutAPolicyOutsideQaReportsOrBesideATarget() {
		report("""
				{"source": "qa-samples",
				 "measures": [{"id": "all", "label": "Samples", "type": "count", "targetFromQaPolicy": "agreement"}]}""");

		assertThat(validate().errors()).extracting(Problem::code, Problem::pointer)
			.containsExactly(tuple("report.qa-policy-missing", "/spec/measures/0/targetFromQaPolicy"));

		report("""
				{"source": "qa-samples",
				 "measures": [{"id": "both", "label": "Samples", "type": "count", "target": 90,
				               "targetFromQaPolicy": "agreement"}]}""");

		assertThat(validate().errors()).extracting(Problem::code, Problem::pointer)
			.containsExactly(tuple("meta.not", "/spec/measures/0"));

		report("""
				{"measures": [{"id": "all", "label": "Cases", "type": "count", "targetFromQaPolicy": "agreement"}]}""");

		assertThat(validate().errors()).extracting(Problem::code, Problem::pointer)
			.containsExactly(tuple("report.target-from-qa-policy-unsupported", "/spec/measures/0/targetFromQaPolicy"));
	}

	private void report(String spec) {
		ObjectNode report = (ObjectNode) JsonResources
			.parse("{\"kind\": \"report\", \"id\": \"by-source\", \"title\": \"By source\"}");
		report.set("spec", JsonResources.parse(spec));
		this.documents.put("report", report);
	}

	private ValidationReport validate() {
		List<ConfigDocument> set = new ArrayList<>();
		this.documents.values().forEach(content -> set.add(ConfigDocument.of(content)));
		return VALIDATOR.validate(set);
	}

}
