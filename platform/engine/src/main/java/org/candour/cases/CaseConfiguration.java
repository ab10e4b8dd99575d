package org.candour.cases;

import java.util.Set;

import tools.jackson.databind.JsonNode;

import org.candour.calendar.WorkingDayCalendar;
import org.candour.config.ConfigVersion;
import org.candour.definition.model.FeedbackType;
import org.candour.definition.model.Form;
import org.candour.definition.model.OrgStructure;
import org.candour.definition.model.WorkflowDefinition;
import org.candour.workflow.Clocks;

/**
 * What a case runs on, all from one configuration version: its feedback type, form,
 * workflow, the tenant's working-day calendar; and the tenant's org structure (the active
 * version's, for a case pinned to an older one).
 */
public record CaseConfiguration(ConfigVersion version, FeedbackType feedbackType, Form form,
		WorkflowDefinition workflow, WorkingDayCalendar calendar, Clocks clocks, OrgStructure orgStructure) {

	CaseConfiguration withOrgStructure(OrgStructure structure) {
		return new CaseConfiguration(this.version, this.feedbackType, this.form, this.workflow, this.calendar,
				this.clocks, structure);
	}

	/** Every org unit id the structure has had. */
	public Set<String> orgUnits() {
		return this.orgStructure.unitIds();
	}

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
