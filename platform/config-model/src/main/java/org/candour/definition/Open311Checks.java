package org.candour.definition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.candour.definition.model.CompiledConfiguration;
import org.candour.definition.model.FeedbackType;
import org.candour.definition.model.Form;
import org.candour.definition.model.FormQuestion;
import org.candour.definition.model.Open311Attribute;
import org.candour.definition.model.Open311Fields;
import org.candour.definition.model.Open311Offer;
import org.candour.definition.model.Open311Service;
import org.candour.definition.model.WorkflowDefinition;

/**
 * Cross-references of the feedback types offered through Open311: service codes unique,
 * request parameters filling fields the form declares (lat and long number fields, the
 * others text), attributes naming questions of the form's pages of a kind Open311 can
 * ask, statuses naming states of the type's workflow.
 */
final class Open311Checks {

	private final CompiledConfiguration configuration;

	Open311Checks(CompiledConfiguration configuration) {
		this.configuration = configuration;
	}

	List<Problem> check() {
		List<Problem> problems = new ArrayList<>();
		Map<String, String> codes = new HashMap<>();
		for (FeedbackType type : this.configuration.feedbackTypes().values()) {
			Open311Service service = type.open311();
			if (service == null) {
				continue;
			}
			String key = ReferenceChecks.key(ConfigKind.FEEDBACK_TYPE, type.id());
			String taken = codes.putIfAbsent(service.serviceCode(), type.id());
			if (taken != null) {
				problems.add(Problem.error("open311.service-code-taken", key, "/spec/open311/serviceCode",
						"Feedback type '" + taken + "' already offers service code '" + service.serviceCode() + "'"));
			}
			Form form = this.configuration.forms().get(type.form());
			if (form != null) {
				fields(service, form, key, problems);
				attributes(service, form, key, problems);
			}
			WorkflowDefinition workflow = this.configuration.workflows().get(type.workflow());
			if (workflow != null) {
				service.statuses()
					.keySet()
					.stream()
					.filter(state -> !workflow.states().containsKey(state))
					.forEach(state -> problems
						.add(Problem.error("open311.state-unknown", key, "/spec/open311/statuses/" + state,
								"Workflow '" + workflow.id() + "' has no state '" + state + "'")));
			}
		}
		return problems;
	}

	private static void fields(Open311Service service, Form form, String key, List<Problem> problems) {
		service.fields().forEach((parameter, pointer) -> {
			String at = "/spec/open311/fields/" + parameter;
			if (!form.fields().contains(pointer)) {
				problems.add(Problem.error("open311.field-unknown", key, at,
						"Form '" + form.id() + "' has no field " + pointer));
				return;
			}
			String type = Open311Fields.typeAt(form, pointer);
			boolean numeric = Open311Fields.NUMERIC.contains(parameter);
			if (numeric ? !"number".equals(type) : (type != null && !"string".equals(type))) {
				problems.add(Problem.error("open311.field-type", key, at, "The field " + pointer + " of form '"
						+ form.id() + "' must be a " + (numeric ? "number" : "text") + " field for " + parameter));
			}
		});
	}

	private static void attributes(Open311Service service, Form form, String key, List<Problem> problems) {
		for (int i = 0; i < service.attributes().size(); i++) {
			String name = service.attributes().get(i);
			FormQuestion question = Open311Offer.question(form, name);
			if (question == null) {
				problems.add(Problem.error("open311.attribute-unknown", key, "/spec/open311/attributes/" + i,
						"Form '" + form.id() + "' asks no question '" + name + "'"));
			}
			else if (!Open311Attribute.DATATYPES.containsKey(question.kind())) {
				problems.add(Problem.error("open311.attribute-kind", key, "/spec/open311/attributes/" + i,
						"A " + question.kind() + " question cannot be an Open311 attribute"));
			}
		}
	}

}
