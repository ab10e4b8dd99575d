package org.candour.retention;

import java.util.List;

import org.candour.config.ActiveConfigurations;
import org.candour.definition.model.FeedbackType;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

/** The retention rules of the current tenant's active configuration, by feedback type. */
@Component
class RetentionRules {

	private final ActiveConfigurations configurations;

	RetentionRules(ActiveConfigurations configurations) {
		this.configurations = configurations;
	}

	/** Every feedback type with a retention period, in the configuration's order. */
	List<Rule> all() {
		return this.configurations.current()
			.map(version -> version.model()
				.feedbackTypes()
				.values()
				.stream()
				.filter(type -> type.retention() != null)
				.map(type -> new Rule(type.id(), type.title(), type.retention()))
				.toList())
			.orElse(List.of());
	}

	/**
	 * A feedback type's rule.
	 *
	 * @param feedbackType the type's id
	 * @param title the type's title
	 * @param retention its period, trigger and disposal
	 */
	record Rule(String feedbackType, JsonNode title, FeedbackType.Retention retention) {

		String words() {
			return this.retention.describe(this.feedbackType);
		}

	}

}
