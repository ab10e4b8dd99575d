package org.candour.definition.pack;

import java.nio.file.Path;
import java.util.List;

import org.candour.definition.SchemaCheck;
import org.candour.definition.Schemas;
import org.candour.definition.Violation;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The base pack's {@code learning-if-upheld} guard, on the case view it is checked
 * against: an upheld or partly upheld complaint needs a learning record with an action, a
 * reason why there is no learning, or learning written on the case.
 */
class LearningIfUpheldRuleTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final SchemaCheck guard = new Schemas().compile(
			JSON.readTree(Path.of("../../tenant-configs/base-uk-public-body/rule.learning-if-upheld.json").toFile())
				.path("spec")
				.path("guard"));

	@Test
	void letsAComplaintNotUpheldThroughWithoutLearning() {
		assertThat(problems("{\"outcome\": {\"decision\": \"not-upheld\"}}")).isEmpty();
	}

	@Test
	void refusesAnUpheldComplaintWithoutLearningAtTheLearningField() {
		assertThat(problems("{\"outcome\": {\"decision\": \"upheld\"}}")).containsExactly("/outcome/learning");
		assertThat(problems("{\"outcome\": {\"decision\": \"partially-upheld\"}, \"meta\": {\"learning\": "
				+ "{\"records\": 1, \"actions\": 0}}}"))
			.containsExactly("/outcome/learning");
		assertThat(problems("{\"outcome\": {\"decision\": \"upheld\", \"noLearningReason\": \"\"}}"))
			.containsExactly("/outcome/learning");
	}

	@Test
	void acceptsALearningActionAReasonOrLearningWrittenOnTheCase() {
		assertThat(problems(
				"{\"outcome\": {\"decision\": \"upheld\"}, \"meta\": {\"learning\": {\"records\": 1, \"actions\": 2}}}"))
			.isEmpty();
		assertThat(problems("{\"outcome\": {\"decision\": \"partially-upheld\", "
				+ "\"noLearningReason\": \"The fault was the contractor's and is covered by its contract review\"}}"))
			.isEmpty();
		assertThat(problems("{\"outcome\": {\"decision\": \"upheld\", \"learning\": \"Call back the same day\"}}"))
			.isEmpty();
	}

	private List<String> problems(String caseView) {
		return this.guard.check(JSON.readTree(caseView))
			.stream()
			.filter(violation -> !"if".equals(violation.keyword()))
			.map(Violation::pointer)
			.toList();
	}

}
