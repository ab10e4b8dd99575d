package org.candour.definition;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.candour.definition.model.CompiledConfiguration;
import org.candour.definition.model.QaPolicy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A quality assurance policy compiles into the typed model, and its cross-references are
 * checked with stable codes and pointers.
 */
class QaPolicyChecksTests {

	private static final ConfigSetValidator VALIDATOR = new ConfigSetValidator(new Schemas());

	private static final List<String> KINDS = List.of("feedback-type", "form", "workflow", "org-structure", "calendar",
			"notification-template", "report");

	private final List<ObjectNode> documents = new ArrayList<>();

	private ObjectNode policy;

	@BeforeEach
	void loadConsistentSetWithAPolicy() {
		KINDS.forEach(kind -> this.documents.add(JsonResources.read("sets/consistent/" + kind + ".json")));
		this.policy = JsonResources.read("samples/qa-policy.valid.json");
		this.policy.withObject("/spec/sampling/thematic/0").putArray("feedbackTypes").add("complaint-stage-1");
		this.documents.add(this.policy);
	}

	@Test
	void compilesEveryFieldOfThePolicy() {
		CheckedConfiguration checked = VALIDATOR.check(set());

		assertThat(checked.report().errors()).isEmpty();
		QaPolicy compiled = checked.model().qaPolicy().orElseThrow();
		assertThat(compiled.lineManager().openCasesPerOfficer()).isEqualTo(2);
		assertThat(compiled.central().percentOfClosed()).isEqualByComparingTo("10");
		assertThat(compiled.central().managerAlsoScores()).isTrue();
		QaPolicy.ThematicReview review = compiled.thematic().get(0);
		assertThat(review.id()).isEqualTo("housing-repairs");
		assertThat(review.fromClosed()).isTrue();
		assertThat(review.feedbackTypes()).containsExactly("complaint-stage-1");
		assertThat(review.where().at("/properties/data/properties/category/const").asString()).isEqualTo("housing");
		assertThat(review.cases()).isEqualTo(5);
		assertThat(compiled.standards()).extracting(QaPolicy.Standard::id)
			.containsExactly("right-decision", "acknowledged-on-time");
		assertThat(compiled.methodStandards().get(0).hint().asString()).isEqualTo("Within 5 working days");
		assertThat(compiled.commentRequired()).containsExactly("no", "partly");
		assertThat(compiled.managerRoles()).containsExactly("MANAGER");
		assertThat(compiled.centralRoles()).containsExactly("MANAGER", "TENANT_ADMIN");
		assertThat(compiled.targets()).isEqualTo(new QaPolicy.Targets(new BigDecimal("98"), new BigDecimal("80"),
				new BigDecimal("90"), new BigDecimal("100")));
	}

	@Test
	void aConfigurationWithoutAPolicyHasNone() {
		this.documents.remove(this.policy);

		CompiledConfiguration model = VALIDATOR.check(set()).model();

		assertThat(model.qaPolicy()).isEmpty();
	}

	@Test
	void refusesAStandardIdUsedTwice() {
		this.policy.withObject("/spec/standards/method/0").put("id", "right-decision");

		assertOnlyError("qa.standard-duplicate", "/spec/standards/method/0/id");
	}

	@Test
	void refusesAThematicReviewIdUsedTwice() {
		this.policy.withArray("/spec/sampling/thematic").add(this.policy.at("/spec/sampling/thematic/0").deepCopy());

		assertOnlyError("qa.thematic-duplicate", "/spec/sampling/thematic/1/id");
	}

	@Test
	void refusesAThematicReviewOfAnUnknownFeedbackType() {
		this.policy.withArray("/spec/sampling/thematic/0/feedbackTypes").add("no-such-type");

		assertOnlyError("ref.feedback-type-missing", "/spec/sampling/thematic/0/feedbackTypes/1");
	}

	@Test
	void refusesAConditionThatIsNotAJsonSchema() {
		this.policy.withObject("/spec/sampling/thematic/0/where").put("minLength", "long");

		assertOnlyError("qa.where-invalid", "/spec/sampling/thematic/0/where");
	}

	@Test
	void refusesASecondPolicy() {
		ObjectNode other = this.policy.deepCopy();
		other.put("id", "second-policy");
		this.documents.add(other);

		assertOnlyError("qa.policy-multiple", "", "qa-policy/second-policy");
	}

	private void assertOnlyError(String code, String pointer) {
		assertOnlyError(code, pointer, "qa-policy/casework-quality");
	}

	private void assertOnlyError(String code, String pointer, String document) {
		ValidationReport report = VALIDATOR.validate(set());
		assertThat(report.errors()).extracting(Problem::code, Problem::document, Problem::pointer)
			.containsExactly(tuple(code, document, pointer));
	}

	private List<ConfigDocument> set() {
		return this.documents.stream().map(ConfigDocument::of).toList();
	}

}
