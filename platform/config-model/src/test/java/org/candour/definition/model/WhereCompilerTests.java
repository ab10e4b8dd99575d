package org.candour.definition.model;

import java.util.List;

import org.candour.definition.ConfigDocument;
import org.candour.definition.Problem;
import org.candour.definition.Schemas;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A report counts a case by a JSON Schema condition only when it can do so exactly: the
 * schema is translated into a condition a database can evaluate, or refused where it
 * cannot be.
 */
class WhereCompilerTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void upheldComplaintsBecomeAConditionOnTheDecision() {
		WhereCompiler.Translation translation = WhereCompiler.translate(JSON.readTree("""
				{"type": "object", "required": ["outcome"], "properties": {"outcome": {"type": "object",
				 "required": ["decision"], "properties": {"decision": {"enum": ["upheld", "partly-upheld"]}}}}}"""));

		assertThat(translation.untranslatable()).isEmpty();
		assertThat(translation.condition()).isEqualTo(new Condition.All(List.of(new Condition.Exists("outcome"),
				new Condition.All(List.of(new Condition.OfType("outcome", "object"),
						new Condition.Exists("outcome.decision"), new Condition.OneOf("outcome.decision",
								List.of(JSON.readTree("\"upheld\""), JSON.readTree("\"partly-upheld\""))))))));
	}

	@Test
	void aPropertyThatIsAbsentSatisfiesItsSchemaAsInJsonSchema() {
		Condition condition = WhereCompiler
			.translate(
					JSON.readTree("{\"properties\": {\"meta\": {\"properties\": {\"closedAs\": {\"const\": \"x\"}}}}}"))
			.condition();

		assertThat(condition).isEqualTo(new Condition.Any(List.of(new Condition.Not(new Condition.Exists("meta")),
				new Condition.Any(List.of(new Condition.Not(new Condition.Exists("meta.closedAs")),
						new Condition.OneOf("meta.closedAs", List.of(JSON.readTree("\"x\""))))))));
	}

	@Test
	void notEmptyNumbersNegationAndAlternativesTranslate() {
		WhereCompiler.Translation translation = WhereCompiler.translate(JSON.readTree("""
				{"required": ["outcome"], "properties": {"outcome": {"required": ["learning", "amount", "remedies"],
				 "properties": {"learning": {"type": "string", "minLength": 1}, "amount": {"exclusiveMinimum": 0},
				 "remedies": {"type": "array", "minItems": 1}}},
				 "clocks": {"anyOf": [{"required": ["respond"]}, {"not": {"required": ["review"]}}]}}}"""));

		assertThat(translation.untranslatable()).isEmpty();
		assertThat(translation.condition().toString()).contains("NotEmpty[path=outcome.learning, type=string]",
				"AtLeast[path=outcome.amount, bound=0.0, inclusive=false]",
				"NotEmpty[path=outcome.remedies, type=array]", "Not[condition=Exists[path=clocks.review]]");
	}

	@Test
	void containsOfOneValueOrOfSeveralBecomesAnArrayHoldingOneOfThem() {
		WhereCompiler.Translation translation = WhereCompiler.translate(JSON.readTree("""
				{"required": ["flags", "tags"], "properties": {"flags": {"contains": {"const": "serious-failures"}},
				 "tags": {"contains": {"enum": ["a", "b"]}}}}"""));

		assertThat(translation.untranslatable()).isEmpty();
		assertThat(translation.condition().toString()).contains("Includes[path=flags, values=[\"serious-failures\"]]",
				"Includes[path=tags, values=[\"a\", \"b\"]]");
		assertThat(WhereCompiler.translate(JSON.readTree("{\"contains\": {\"minimum\": 3}}")).untranslatable())
			.containsOnlyKeys("/contains");
	}

	@Test
	void whatCannotBeCountedExactlyIsRefusedAtItsPointer() {
		WhereCompiler.Translation translation = WhereCompiler.translate(JSON.readTree("""
				{"properties": {"data": {"properties": {"summary": {"pattern": "^Pot", "minLength": 3},
				 "tags": {"items": {"const": "x"}}}}}}"""));

		assertThat(translation.condition()).isNull();
		assertThat(translation.untranslatable()).containsOnlyKeys("/properties/data/properties/summary/pattern",
				"/properties/data/properties/summary/minLength", "/properties/data/properties/tags/items");
	}

	@Test
	void aReportWhoseConditionCannotBeCountedDoesNotCompile() {
		List<ConfigDocument> documents = List.of(document("""
				{"kind": "report", "id": "odd", "title": "Odd", "spec": {"measures": [{"id": "odd-cases", "label": "N",
				 "type": "count", "where": {"properties": {"outcome": {"if": {"required": ["x"]}}}}}]}}"""));

		Compiler.Compilation compilation = new Compiler(new Schemas()).compile(documents);

		assertThat(compilation.compiled()).isFalse();
		assertThat(compilation.report().errors()).extracting(Problem::code, Problem::pointer)
			.contains(org.assertj.core.groups.Tuple.tuple("report.where-untranslatable",
					"/spec/measures/0/where/properties/outcome/if"));
	}

	private static ConfigDocument document(String json) {
		JsonNode node = JSON.readTree(json);
		return ConfigDocument.of(node);
	}

}
