package org.candour.definition;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class CodeListUsageTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final List<ConfigDocument> draft = List.of(document("""
			{"kind": "code-list", "id": "outcomes", "title": "Outcomes", "spec": {"values": [
			  {"code": "upheld", "label": "Upheld"}, {"code": "not-upheld", "label": "Not upheld"},
			  {"code": "withdrawn", "label": "Withdrawn"}, {"code": "spare", "label": "Spare"}]}}
			"""),
			document(
					"""
							{"kind": "form", "id": "review", "title": "Review", "spec": {
							  "schema": {"type": "object", "properties": {
							    "decision": {"type": "string", "codeList": "outcomes", "except": ["withdrawn"], "default": "not-upheld"},
							    "learning": {"type": "string"}}},
							  "uiSchema": {"type": "VerticalLayout", "elements": [
							    {"type": "Control", "scope": "#/properties/learning", "rule": {"effect": "SHOW",
							      "condition": {"scope": "#/properties/decision", "schema": {"const": "upheld"}}}}]}}}
							"""),
			document("""
					{"kind": "report", "id": "outcomes-report", "title": "Outcomes", "spec": {
					  "dimensions": [{"id": "decision", "field": "data.decision"}],
					  "filters": [{"field": "data.decision", "op": "eq", "value": "withdrawn"}]}}
					"""), document("""
					{"kind": "form", "id": "other", "title": "Other", "spec": {"schema": {"type": "object",
					  "properties": {"spare": {"type": "string"}}}}}
					"""));

	@Test
	void findsTheSchemasNamingAListAndTheReportsByTheFieldsItAnswers() {
		assertThat(CodeListUsage.of(this.draft, "outcomes"))
			.extracting(CodeListUsage.Use::id, CodeListUsage.Use::pointer)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("review", "/spec/schema/properties/decision"),
					org.assertj.core.groups.Tuple.tuple("outcomes-report", "/spec/dimensions/0/field"),
					org.assertj.core.groups.Tuple.tuple("outcomes-report", "/spec/filters/0/field"));
		assertThat(CodeListUsage.of(this.draft, "channels")).isEmpty();
	}

	@Test
	void findsACodeLeftOutGivenByDefaultOrComparedInAConditionOrFilter() {
		assertThat(CodeListUsage.ofCode(this.draft, "outcomes", "upheld")).extracting(CodeListUsage.Use::what)
			.containsExactly("Shows or hides a question by it");
		assertThat(CodeListUsage.ofCode(this.draft, "outcomes", "not-upheld")).extracting(CodeListUsage.Use::what)
			.containsExactly("Answers it by default");
		assertThat(CodeListUsage.ofCode(this.draft, "outcomes", "withdrawn")).extracting(CodeListUsage.Use::what)
			.containsExactly("Leaves it out", "Filters or sets by it");
		assertThat(CodeListUsage.ofCode(this.draft, "outcomes", "spare"))
			.as("a property named like a code is not a use")
			.isEmpty();
	}

	private static ConfigDocument document(String json) {
		return ConfigDocument.of(JSON.readTree(json));
	}

}
