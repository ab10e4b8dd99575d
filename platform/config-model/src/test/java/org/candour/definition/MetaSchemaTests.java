package org.candour.definition;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class MetaSchemaTests {

	private static final Schemas SCHEMAS = new Schemas();

	private final DocumentValidator validator = new DocumentValidator(SCHEMAS);

	static Stream<String> validSamples() {
		return JsonResources.fileNames("samples").stream().filter(name -> name.endsWith(".valid.json"));
	}

	static Stream<String> invalidSamples() {
		return JsonResources.fileNames("samples").stream().filter(name -> name.contains(".invalid-"));
	}

	@Test
	void hasValidAndInvalidSamplesOfEveryKindAndTheManifest() {
		List<String> names = JsonResources.fileNames("samples");
		Stream.concat(Stream.of(ConfigKind.values()).map(ConfigKind::id), Stream.of("manifest")).forEach(kind -> {
			assertThat(names).as(kind).contains(kind + ".valid.json");
			assertThat(names).as(kind).anyMatch(name -> name.startsWith(kind + ".invalid-"));
		});
	}

	@ParameterizedTest
	@MethodSource("validSamples")
	void acceptsValidSample(String file) {
		assertThat(problemsIn(file)).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("invalidSamples")
	void rejectsInvalidSample(String file) {
		assertThat(problemsIn(file)).isNotEmpty();
	}

	@Test
	void pointsAtTheStateWithAnUnknownCategory() {
		ObjectNode workflow = JsonResources.read("samples/workflow.invalid-state-bad-category.json");

		assertThat(this.validator.validate(workflow)).extracting(Problem::code, Problem::document, Problem::pointer)
			.containsExactly(tuple("meta.enum", "workflow/complaint-stage-1", "/spec/states/3/category"));
	}

	@Test
	void pointsAtTheMissingPropertyOfARequiredViolation() {
		ObjectNode type = JsonResources.read("samples/feedback-type.valid.json");
		((ObjectNode) type.get("spec")).remove("form");

		assertThat(this.validator.validate(type)).extracting(Problem::code, Problem::pointer)
			.containsExactly(tuple("meta.required", "/spec/form"));
	}

	@Test
	void pointsAtAMissingTopLevelPropertyFromTheRoot() {
		ObjectNode calendar = JsonResources.read("samples/calendar.valid.json");
		calendar.remove("title");

		assertThat(this.validator.validate(calendar)).extracting(Problem::code, Problem::pointer)
			.containsExactly(tuple("meta.required", "/title"));
	}

	@Test
	void refusesAnImpossibleDate() {
		ObjectNode structure = JsonResources.read("samples/org-structure.valid.json");
		((ObjectNode) structure.at("/spec/units/1/children/1")).put("effectiveFrom", "2024-13-45");

		assertThat(this.validator.validate(structure)).extracting(Problem::code, Problem::pointer)
			.containsExactly(tuple("meta.format", "/spec/units/1/children/1/effectiveFrom"));
	}

	@Test
	void rejectsAnUnknownKind() {
		ObjectNode document = JsonResources.object("""
				{ "kind": "questionnaire", "id": "survey", "title": "Survey", "spec": {} }
				""");

		assertThat(this.validator.validate(document)).extracting(Problem::code, Problem::document, Problem::pointer)
			.containsExactly(tuple("doc.kind-unknown", "questionnaire/survey", "/kind"));
	}

	@Test
	void rejectsAKindOtherThanTheOneItIsStoredAs() {
		ObjectNode type = JsonResources.read("samples/feedback-type.valid.json");

		assertThat(this.validator.validate(type, "form", "complaint-stage-1")).extracting(Problem::code)
			.containsExactly("doc.kind-mismatch");
	}

	private List<String> problemsIn(String file) {
		ObjectNode content = JsonResources.read("samples/" + file);
		String kind = file.substring(0, file.indexOf('.'));
		if (kind.equals("manifest")) {
			return SCHEMAS.candour("manifest").check(content).stream().map(Violation::toString).toList();
		}
		return this.validator.validate(content, kind, content.path("id").asString(""))
			.stream()
			.map(Problem::toString)
			.toList();
	}

}
