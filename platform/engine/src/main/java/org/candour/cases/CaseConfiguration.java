package org.candour.cases;

import org.candour.calendar.WorkingDayCalendar;
import org.candour.config.ConfigVersion;
import org.candour.definition.ConfigDocument;
import org.candour.workflow.Clocks;
import org.candour.workflow.WorkflowDefinition;

/**
 * What a case runs on, all from one configuration version: its feedback type, form,
 * workflow and the tenant's working-day calendar.
 */
public record CaseConfiguration(ConfigVersion version, ConfigDocument feedbackType, ConfigDocument form,
		WorkflowDefinition workflow, WorkingDayCalendar calendar, Clocks clocks, java.util.Set<String> orgUnits) {

	/**
	 * The form's schema for the data a case keeps: contact fields (the form's
	 * {@code people}) are stored in the people part, so they are not required of case
	 * data.
	 */
	tools.jackson.databind.JsonNode storedDataSchema() {
		tools.jackson.databind.node.ObjectNode schema = ((tools.jackson.databind.node.ObjectNode) this.form.spec()
			.path("schema")).deepCopy();
		java.util.Set<String> people = new java.util.HashSet<>();
		this.form.spec().path("people").forEach(field -> people.add(field.asString()));
		if (schema.path("required").isArray()) {
			tools.jackson.databind.node.ArrayNode required = schema.putArray("required");
			((tools.jackson.databind.node.ObjectNode) this.form.spec().path("schema")).path("required")
				.forEach(field -> {
					if (!people.contains(field.asString())) {
						required.add(field);
					}
				});
		}
		return schema;
	}

	String summaryField() {
		return this.feedbackType.spec().path("summaryField").asString("/summary");
	}

}
