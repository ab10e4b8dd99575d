package org.candour.surveys;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.candour.config.ActiveConfigurations;
import org.candour.definition.model.CompiledConfiguration;
import org.candour.definition.model.FeedbackType;
import org.candour.definition.model.Form;

import org.springframework.stereotype.Component;

/**
 * The survey forms and equality forms the current tenant's feedback types use, as its
 * active configuration has them (each once, in feedback type order).
 */
@Component
class SurveyForms {

	private final ActiveConfigurations configurations;

	SurveyForms(ActiveConfigurations configurations) {
		this.configurations = configurations;
	}

	List<Form> surveys() {
		return used(FeedbackType.Survey::form);
	}

	List<Form> equality() {
		return used(FeedbackType.Survey::equalityForm);
	}

	private List<Form> used(Function<FeedbackType.Survey, String> which) {
		CompiledConfiguration model = this.configurations.require().model();
		Set<String> ids = new LinkedHashSet<>();
		model.feedbackTypes()
			.values()
			.stream()
			.map(FeedbackType::survey)
			.filter(Objects::nonNull)
			.map(which)
			.filter(Objects::nonNull)
			.forEach(ids::add);
		return ids.stream().map(model::form).flatMap(java.util.Optional::stream).toList();
	}

}
