package org.candour.cases;

import java.util.Set;

import tools.jackson.databind.JsonNode;

import org.candour.calendar.WorkingDayCalendar;
import org.candour.config.ConfigVersion;
import org.candour.definition.model.FeedbackType;
import org.candour.definition.model.Form;
import org.candour.definition.model.WorkflowDefinition;
import org.candour.workflow.Clocks;

/**
 * What a case runs on, all from one configuration version: its feedback type, form,
 * workflow and the tenant's working-day calendar.
 */
public record CaseConfiguration(ConfigVersion version, FeedbackType feedbackType, Form form,
		WorkflowDefinition workflow, WorkingDayCalendar calendar, Clocks clocks, Set<String> orgUnits) {

	/**
	 * The form's schema for the data a case keeps: contact fields (the form's
	 * {@code people}) are stored in the people part, so they are not required of case
	 * data.
	 */
	JsonNode storedDataSchema() {
		return this.form.storedDataSchema();
	}

	String summaryField() {
		return this.feedbackType.summaryField();
	}

}
