package org.candour.definition;

import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * The meta-schemas accept the valid sample of each kind
 * ({@code samples/<kind>.valid.json}) and find exactly the expected problems in each
 * invalid case of {@code samples/<kind>.invalid.json}: a JSON Patch over the valid sample
 * with the (code, pointer) of every problem it causes.
 */
class MetaSchemaTests {

	private static final Schemas SCHEMAS = new Schemas();

	private final DocumentValidator validator = new DocumentValidator(SCHEMAS);

	static Stream<String> validSamples() {
		return JsonResources.fileNames("samples").stream().filter(name -> name.endsWith(".valid.json"));
	}

	static Stream<Arguments> invalidSamples() {
		return JsonResources.fileNames("samples")
			.stream()
			.filter(name -> name.endsWith(".invalid.json"))
			.flatMap(name -> cases(name.substring(0, name.indexOf('.'))))
			.map(sample -> argumentSet(sample.kind() + " " + sample.name(), sample));
	}

	@Test
	void hasValidAndInvalidSamplesOfEveryKindAndTheManifest() {
		List<String> names = JsonResources.fileNames("samples");
		Stream.concat(Stream.of(ConfigKind.values()).map(ConfigKind::id), Stream.of("manifest")).forEach(kind -> {
			assertThat(names).as(kind).contains(kind + ".valid.json");
			assertThat(cases(kind)).as(kind).isNotEmpty();
		});
	}

	@ParameterizedTest
	@MethodSource("validSamples")
	void acceptsValidSample(String file) {
		assertThat(problemsIn(file.substring(0, file.indexOf('.')), JsonResources.read("samples/" + file))).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("invalidSamples")
	void findsExactlyTheProblemsOfEachInvalidSample(InvalidSample sample) {
		assertThat(problemsIn(sample.kind(), sample.document())).containsExactlyElementsOf(sample.problems());
	}

	@Test
	void pointsAtTheStateWithAnUnknownCategory() {
		ObjectNode workflow = (ObjectNode) sample("workflow", "state-bad-category").document();

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

	/**
	 * (code, pointer) of each problem; a manifest's violations count as meta problems.
	 */
	private List<Tuple> problemsIn(String kind, JsonNode content) {
		if (kind.equals("manifest")) {
			return SCHEMAS.candour("manifest")
				.check(content)
				.stream()
				.map(violation -> tuple("meta." + violation.keyword(), violation.pointer()))
				.toList();
		}
		return this.validator.validate(content, kind, content.path("id").asString(""))
			.stream()
			.map(problem -> tuple(problem.code(), problem.pointer()))
			.toList();
	}

	private static InvalidSample sample(String kind, String name) {
		return cases(kind).filter(sample -> sample.name().equals(name)).findFirst().orElseThrow();
	}

	private static Stream<InvalidSample> cases(String kind) {
		String file = kind + ".invalid.json";
		if (!JsonResources.fileNames("samples").contains(file)) {
			return Stream.empty();
		}
		JsonNode valid = JsonResources.read("samples/" + kind + ".valid.json");
		return StreamSupport.stream(JsonResources.readTree("samples/" + file).spliterator(), false)
			.map(entry -> new InvalidSample(kind, entry.path("case").asString(),
					JsonPatch.apply(entry.required("patch"), valid),
					StreamSupport.stream(entry.required("problems").spliterator(), false)
						.map(problem -> tuple(problem.path("code").asString(), problem.path("pointer").asString()))
						.toList()));
	}

	/**
	 * One invalid case: the valid sample of {@code kind} with a patch applied, and the
	 * (code, pointer) of each problem expected, in the order they are reported.
	 */
	record InvalidSample(String kind, String name, JsonNode document, List<Tuple> problems) {

		@Override
		public String toString() {
			return this.kind + " " + this.name;
		}

	}

}
