package org.candour.definition;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

import org.candour.definition.model.CompiledConfiguration;
import org.candour.definition.model.Form;
import org.candour.definition.model.UiElement;

/** A form's schema compiles, and its UI schema and contact fields name its properties. */
final class FormChecks {

	private final CompiledConfiguration configuration;

	private final List<Problem> problems = new ArrayList<>();

	FormChecks(CompiledConfiguration configuration) {
		this.configuration = configuration;
	}

	List<Problem> check() {
		this.configuration.forms().values().forEach(this::checkForm);
		return this.problems;
	}

	private void checkForm(Form form) {
		String key = ReferenceChecks.key(ConfigKind.FORM, form.id());
		try {
			this.configuration.check(form.schema());
		}
		catch (Schemas.InvalidSchemaException ex) {
			this.problems.add(Problem.error("schema.invalid", key, "/spec/schema", ex.getMessage()));
			return;
		}
		if (form.ui() != null) {
			checkElement(form, key, form.ui(), "/spec/uiSchema");
		}
		for (int i = 0; i < form.people().size(); i++) {
			String person = form.people().get(i);
			if (!form.fields().contains("/" + person)) {
				this.problems.add(Problem.error("ref.field-missing", key, "/spec/people/" + i,
						"The form schema has no property '" + person + "'"));
			}
		}
	}

	private void checkElement(Form form, String key, UiElement element, String pointer) {
		String scope = element.scope();
		if (scope != null) {
			String field = scope.replace("#", "").replace("/properties/", "/");
			if (!form.fields().contains(field)) {
				this.problems.add(Problem.error("ref.field-missing", key, pointer + "/scope",
						"The form schema has no property for scope " + scope));
			}
			else if ("file".equals(element.widget()) && !holdsFiles(form.schema().at(scope.substring(1)))) {
				this.problems.add(Problem.error("form.file-field", key, pointer + "/scope", "A file question's "
						+ "property must be an array of objects with 'id' and 'name' (the uploaded files): " + scope));
			}
			element.needs().forEach((answer, needed) -> {
				if (!form.fields().contains("/" + needed)) {
					this.problems.add(Problem.error("ref.field-missing", key, pointer + "/options/needs/" + answer,
							"The form schema has no property '" + needed + "' to need"));
				}
			});
		}
		checkCondition(form, key, pointer);
		if (element.source() != null) {
			this.problems.add(Problem.error("form.pick-list", key, pointer + "/options/source",
					"Pick-lists of staff and teams (options.source) are for workflow action inputs: "
							+ "residents never choose from the tenant's people"));
		}
		for (int i = 0; i < element.elements().size(); i++) {
			checkElement(form, key, element.elements().get(i), pointer + "/elements/" + i);
		}
	}

	/** A condition ({@code rule}) checks the answer to a question the form has. */
	private void checkCondition(Form form, String key, String pointer) {
		JsonNode rule = form.uiSchema().at(pointer.substring("/spec/uiSchema".length())).path("rule");
		String scope = rule.path("condition").path("scope").asString("");
		if (scope.isEmpty() || !scope.startsWith("#/")) {
			return;
		}
		String field = scope.substring(1).replace("/properties/", "/");
		if (!form.fields().contains(field)) {
			this.problems.add(Problem.error("form.condition-question-missing", key, pointer + "/rule/condition/scope",
					"A condition depends on the question '" + field.substring(1)
							+ "', which the form no longer has: change or remove the condition"));
		}
	}

	/**
	 * Whether a property schema holds what the resident pages record for a file question.
	 */
	private static boolean holdsFiles(JsonNode property) {
		JsonNode item = property.path("items").path("properties");
		return "array".equals(property.path("type").asString("")) && item.has("id") && item.has("name");
	}

}
