package org.candour.definition;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.candour.definition.model.CompiledConfiguration;
import org.candour.definition.model.QaPolicy;

/**
 * Cross-references of the quality assurance policy: one policy per tenant
 * ({@code qa.policy-multiple}), standard ids unique across outcome and method
 * ({@code qa.standard-duplicate}), thematic review ids unique
 * ({@code qa.thematic-duplicate}), the feedback types a review names exist
 * ({@code ref.feedback-type-missing}) and its condition is a usable JSON Schema
 * ({@code qa.where-invalid}).
 */
final class QaPolicyChecks {

	private final CompiledConfiguration configuration;

	private final List<Problem> problems = new ArrayList<>();

	QaPolicyChecks(CompiledConfiguration configuration) {
		this.configuration = configuration;
	}

	List<Problem> check() {
		List<String> policies = this.configuration.documents()
			.stream()
			.filter(document -> document.is(ConfigKind.QA_POLICY))
			.map(ConfigDocument::key)
			.distinct()
			.sorted()
			.toList();
		policies.stream()
			.skip(1)
			.forEach(extra -> this.problems.add(Problem.error("qa.policy-multiple", extra, "",
					"A tenant has one quality assurance policy and " + policies.get(0) + " is already it")));
		this.configuration.qaPolicy().ifPresent(this::checkPolicy);
		return this.problems;
	}

	private void checkPolicy(QaPolicy policy) {
		String key = ReferenceChecks.key(ConfigKind.QA_POLICY, policy.id());
		Set<String> standards = new HashSet<>();
		duplicates(key, "/spec/standards/outcome/", policy.outcomeStandards(), standards);
		duplicates(key, "/spec/standards/method/", policy.methodStandards(), standards);
		Set<String> reviews = new HashSet<>();
		for (int i = 0; i < policy.thematic().size(); i++) {
			QaPolicy.ThematicReview review = policy.thematic().get(i);
			String pointer = "/spec/sampling/thematic/" + i;
			if (!reviews.add(review.id())) {
				this.problems.add(Problem.error("qa.thematic-duplicate", key, pointer + "/id",
						"Another thematic review already has id '" + review.id() + "'"));
			}
			for (int j = 0; j < review.feedbackTypes().size(); j++) {
				String type = review.feedbackTypes().get(j);
				if (!this.configuration.feedbackTypes().containsKey(type)) {
					this.problems.add(Problem.error("ref.feedback-type-missing", key, pointer + "/feedbackTypes/" + j,
							"There is no feedback type '" + type + "'"));
				}
			}
			if (review.where() != null) {
				try {
					this.configuration.check(review.where());
				}
				catch (Schemas.InvalidSchemaException ex) {
					this.problems.add(Problem.error("qa.where-invalid", key, pointer + "/where",
							"The condition is not a usable JSON Schema: " + ex.getMessage()));
				}
			}
		}
	}

	private void duplicates(String key, String pointer, List<QaPolicy.Standard> list, Set<String> seen) {
		for (int i = 0; i < list.size(); i++) {
			if (!seen.add(list.get(i).id())) {
				this.problems.add(Problem.error("qa.standard-duplicate", key, pointer + i + "/id",
						"Another standard already has id '" + list.get(i).id() + "'"));
			}
		}
	}

}
