package org.candour.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.candour.api.ApiError;
import org.candour.definition.model.CodeList;
import org.candour.definition.model.CompiledConfiguration;
import org.candour.definition.model.FeedbackType;
import org.candour.definition.model.Form;
import org.candour.definition.model.WorkflowDefinition;

/**
 * What is wrong with a mapping against the tenant's active configuration, each problem at
 * the pointer of the part of the mapping it is about: an unknown feedback type, a field
 * its form does not have, an org unit, state, action or outcome code that does not exist,
 * a column left unnamed.
 */
final class MappingCheck {

	private final CompiledConfiguration model;

	private final List<ApiError> problems = new ArrayList<>();

	private MappingCheck(CompiledConfiguration model) {
		this.model = model;
	}

	static List<ApiError> problems(ImportMapping mapping, CompiledConfiguration model) {
		MappingCheck check = new MappingCheck(model);
		check.check(mapping);
		return List.copyOf(check.problems);
	}

	private void check(ImportMapping mapping) {
		named("/title", mapping.title(), "title");
		named("/keyColumn", mapping.keyColumn(), "key column");
		named("/receivedColumn", mapping.receivedColumn(), "received date column");
		FeedbackType type = mapping.feedbackType() == null ? null
				: this.model.feedbackType(mapping.feedbackType()).orElse(null);
		if (type == null) {
			add("/feedbackType", "import-mapping.feedback-type-unknown",
					"There is no feedback type '" + mapping.feedbackType() + "'");
			return;
		}
		Form form = this.model.form(type.form()).orElseThrow();
		mapping.fields().forEach((field, column) -> {
			String pointer = "/fields/" + escape(field);
			if (!form.fields().contains(field)) {
				add(pointer, "import-mapping.field-unknown",
						"The form '" + form.id() + "' has no field '" + field + "'");
			}
			named(pointer, column, "column for " + field);
		});
		if (mapping.orgUnit() != null) {
			named("/orgUnit/column", mapping.orgUnit().column(), "org unit column");
			each("/orgUnit/values/", mapping.orgUnit().values(),
					unit -> this.model.orgStructure().unit(unit).isPresent(), "import-mapping.org-unit-unknown",
					"There is no org unit '%s'");
		}
		WorkflowDefinition workflow = this.model.workflow(type.workflow()).orElseThrow();
		if (mapping.state() == null) {
			add("/state", "import-mapping.state-missing", "Name the status column");
		}
		else {
			named("/state/column", mapping.state().column(), "status column");
			each("/state/values/", mapping.state().values(), workflow.states()::containsKey,
					"import-mapping.state-unknown", "The workflow has no state '%s'");
		}
		for (int i = 0; i < mapping.dates().size(); i++) {
			ImportMapping.DateColumn date = mapping.dates().get(i);
			named("/dates/" + i + "/column", date.column(), "date column");
			if (workflow.transitions().stream().noneMatch(t -> t.action().equals(date.action()))) {
				add("/dates/" + i + "/action", "import-mapping.action-unknown",
						"The workflow has no action '" + date.action() + "'");
			}
		}
		if (mapping.outcome() != null) {
			checkOutcome(mapping.outcome());
		}
	}

	private void checkOutcome(ImportMapping.Outcome outcome) {
		named("/outcome/column", outcome.column(), "outcome column");
		named("/outcome/field", outcome.field(), "outcome field");
		CodeList codes = outcome.codeList() == null ? null : this.model.codeList(outcome.codeList()).orElse(null);
		if (codes == null) {
			add("/outcome/codeList", "import-mapping.code-list-unknown",
					"There is no code list '" + outcome.codeList() + "'");
			return;
		}
		each("/outcome/values/", outcome.values(), code -> codes.code(code).isPresent(),
				"import-mapping.outcome-unknown", "The code list '" + codes.id() + "' has no code '%s'");
	}

	private void each(String prefix, Map<String, String> values, java.util.function.Predicate<String> exists,
			String code, String message) {
		values.forEach((old, id) -> {
			if (id == null || !exists.test(id)) {
				add(prefix + escape(old), code, message.formatted(id));
			}
		});
	}

	private void named(String pointer, String column, String what) {
		if (column == null || column.isBlank()) {
			add(pointer, "import-mapping.missing", "Enter the " + what);
		}
	}

	private void add(String pointer, String code, String message) {
		this.problems.add(new ApiError(pointer, code, message));
	}

	/** A JSON pointer reference token for a key ({@code ~} and {@code /} escaped). */
	static String escape(String key) {
		return key.replace("~", "~0").replace("/", "~1");
	}

}
