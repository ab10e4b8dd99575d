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
record CaseConfiguration(ConfigVersion version, ConfigDocument feedbackType, ConfigDocument form,
		WorkflowDefinition workflow, WorkingDayCalendar calendar, Clocks clocks) {

	String summaryField() {
		return this.feedbackType.spec().path("summaryField").asString("/summary");
	}

}
