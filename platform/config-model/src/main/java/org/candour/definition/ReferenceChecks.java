package org.candour.definition;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/** Cross-references of feedback types, forms, reports and org structures. */
final class ReferenceChecks {

	private final ConfigSet set;

	private final Schemas schemas;

	private final List<Problem> problems = new ArrayList<>();

	ReferenceChecks(ConfigSet set, Schemas schemas) {
		this.set = set;
		this.schemas = schemas;
	}

	List<Problem> check() {
		Set<String> units = this.set.orgUnitIds();
		this.set.ofKind(ConfigKind.FEEDBACK_TYPE).forEach(type -> checkFeedbackType(type, units));
		this.set.ofKind(ConfigKind.FORM).forEach(this::checkForm);
		this.set.ofKind(ConfigKind.REPORT).forEach(this::checkReport);
		this.set.ofKind(ConfigKind.ORG_STRUCTURE).forEach(this::checkUniqueUnits);
		List<ConfigDocument> calendars = this.set.ofKind(ConfigKind.CALENDAR).toList();
		calendars.stream()
			.skip(1)
			.forEach(extra -> this.problems.add(Problem.error("calendar.multiple", extra.key(), "",
					"A tenant has one calendar and " + calendars.get(0).key() + " is already it")));
		return this.problems;
	}

	private void checkFeedbackType(ConfigDocument type, Set<String> units) {
		JsonNode spec = type.spec();
		require(type, "/spec/form", ConfigKind.FORM, spec.path("form").asString(""), "ref.form-missing");
		require(type, "/spec/workflow", ConfigKind.WORKFLOW, spec.path("workflow").asString(""),
				"ref.workflow-missing");
		int i = 0;
		for (JsonNode target : spec.path("escalatesTo")) {
			require(type, "/spec/escalatesTo/" + i++, ConfigKind.FEEDBACK_TYPE, target.asString(""),
					"ref.feedback-type-missing");
		}
		if (spec.has("acknowledgementTemplate")) {
			require(type, "/spec/acknowledgementTemplate", ConfigKind.NOTIFICATION_TEMPLATE,
					spec.path("acknowledgementTemplate").asString(""), "ref.template-missing");
		}
		if (spec.has("defaultOrgUnit") && !units.contains(spec.path("defaultOrgUnit").asString(""))) {
			this.problems.add(Problem.error("ref.org-unit-missing", type.key(), "/spec/defaultOrgUnit",
					"No org unit '" + spec.path("defaultOrgUnit").asString("") + "' in the org structure"));
		}
		if (spec.has("summaryField")) {
			this.set.find(ConfigKind.FORM, spec.path("form").asString("")).ifPresent(form -> {
				if (!FormFields.of(form).contains(spec.path("summaryField").asString(""))) {
					this.problems.add(Problem.error("ref.field-missing", type.key(), "/spec/summaryField",
							"Form '" + form.id() + "' has no field " + spec.path("summaryField").asString("")));
				}
			});
		}
	}

	private void checkForm(ConfigDocument form) {
		JsonNode schema = form.spec().path("schema");
		try {
			this.schemas.compile(schema);
		}
		catch (Schemas.InvalidSchemaException ex) {
			this.problems.add(Problem.error("schema.invalid", form.key(), "/spec/schema", ex.getMessage()));
			return;
		}
		Set<String> fields = FormFields.of(form);
		checkScopes(form, form.spec().path("uiSchema"), "/spec/uiSchema", fields);
		int i = 0;
		for (JsonNode person : form.spec().path("people")) {
			if (!fields.contains("/" + person.asString(""))) {
				this.problems.add(Problem.error("ref.field-missing", form.key(), "/spec/people/" + i,
						"The form schema has no property '" + person.asString("") + "'"));
			}
			i++;
		}
	}

	private void checkScopes(ConfigDocument form, JsonNode element, String pointer, Set<String> fields) {
		if (element.has("scope")) {
			String scope = element.path("scope").asString("");
			String field = scope.replace("#", "").replace("/properties/", "/");
			if (!fields.contains(field)) {
				this.problems.add(Problem.error("ref.field-missing", form.key(), pointer + "/scope",
						"The form schema has no property for scope " + scope));
			}
			else if ("file".equals(element.path("options").path("widget").asString(""))
					&& !holdsFiles(form.spec().path("schema").at(scope.substring(1)))) {
				this.problems.add(Problem.error("form.file-field", form.key(), pointer + "/scope", "A file question's "
						+ "property must be an array of objects with 'id' and 'name' (the uploaded files): " + scope));
			}
			element.path("options").path("needs").properties().forEach(needed -> {
				if (!fields.contains("/" + needed.getValue().asString(""))) {
					this.problems.add(Problem.error("ref.field-missing", form.key(),
							pointer + "/options/needs/" + needed.getKey(),
							"The form schema has no property '" + needed.getValue().asString("") + "' to need"));
				}
			});
		}
		if (element.path("options").has("source")) {
			this.problems.add(Problem.error("form.pick-list", form.key(), pointer + "/options/source",
					"Pick-lists of staff and teams (options.source) are for workflow action inputs: "
							+ "residents never choose from the tenant's people"));
		}
		JsonNode elements = element.path("elements");
		for (int i = 0; i < elements.size(); i++) {
			checkScopes(form, elements.get(i), pointer + "/elements/" + i, fields);
		}
	}

	/** What the resident pages record for a file question: [{id, name, …}, …]. */
	private static boolean holdsFiles(JsonNode property) {
		JsonNode item = property.path("items").path("properties");
		return "array".equals(property.path("type").asString("")) && item.has("id") && item.has("name");
	}

	private void checkReport(ConfigDocument report) {
		JsonNode spec = report.spec();
		List<ConfigDocument> forms = new ArrayList<>();
		int i = 0;
		for (JsonNode typeId : spec.path("feedbackTypes")) {
			String id = typeId.asString("");
			if (require(report, "/spec/feedbackTypes/" + i++, ConfigKind.FEEDBACK_TYPE, id,
					"ref.feedback-type-missing")) {
				this.set.find(ConfigKind.FEEDBACK_TYPE, id)
					.flatMap(type -> this.set.find(ConfigKind.FORM, type.spec().path("form").asString("")))
					.ifPresent(forms::add);
			}
		}
		if (forms.isEmpty()) {
			this.set.ofKind(ConfigKind.FORM).forEach(forms::add);
		}
		Set<String> fields = new HashSet<>();
		forms.forEach(form -> fields.addAll(FormFields.of(form)));
		for (String part : List.of("dimensions", "measures", "filters")) {
			JsonNode items = spec.path(part);
			for (int j = 0; j < items.size(); j++) {
				String field = items.get(j).path("field").asString("");
				if (field.startsWith("data.") && !fields.contains("/" + field.substring(5).replace('.', '/'))) {
					this.problems.add(Problem.error("ref.field-missing", report.key(),
							"/spec/" + part + "/" + j + "/field", "No form of this report has a field " + field));
				}
			}
		}
	}

	private void checkUniqueUnits(ConfigDocument structure) {
		Set<String> seen = new HashSet<>();
		walkUnits(structure, structure.spec().path("units"), "/spec/units", seen);
	}

	private void walkUnits(ConfigDocument structure, JsonNode units, String pointer, Set<String> seen) {
		for (int i = 0; i < units.size(); i++) {
			JsonNode unit = units.get(i);
			String id = unit.path("id").asString("");
			if (!seen.add(id)) {
				this.problems.add(Problem.error("org.unit-duplicate", structure.key(), pointer + "/" + i + "/id",
						"Org unit id '" + id + "' is used more than once"));
			}
			walkUnits(structure, unit.path("children"), pointer + "/" + i + "/children", seen);
		}
	}

	private boolean require(ConfigDocument from, String pointer, ConfigKind kind, String id, String code) {
		if (this.set.has(kind, id)) {
			return true;
		}
		this.problems.add(Problem.error(code, from.key(), pointer, "No " + kind.id() + " with id '" + id + "'"));
		return false;
	}

}
