package org.candour.surveys;

import java.util.ArrayList;
import java.util.List;

import org.candour.api.ApiError;
import org.candour.definition.Schemas;
import org.candour.definition.model.Form;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

/**
 * Checks answers against the form that asks them: its JSON Schema, and only its own
 * questions — none it does not ask, and none of its {@code people} fields (contact
 * details, which would say who answered), at the pointer under {@code at}.
 */
@Component
class SurveyAnswerCheck {

	private final Schemas schemas;

	SurveyAnswerCheck(Schemas schemas) {
		this.schemas = schemas;
	}

	List<ApiError> problems(Form form, JsonNode answers, String at) {
		List<ApiError> problems = new ArrayList<>();
		JsonNode properties = form.schema().path("properties");
		answers.propertyNames().forEach(name -> {
			if (!properties.has(name) || form.people().contains(name)) {
				problems.add(new ApiError(at + "/" + name, "survey.answer-unknown",
						"The form '" + form.id() + "' asks no question '" + name + "'"));
			}
		});
		this.schemas.compile(form.schema())
			.check(answers)
			.forEach(violation -> problems
				.add(new ApiError(at + violation.pointer(), "schema." + violation.keyword(), violation.message())));
		return problems;
	}

}
