package org.candour.definition.editing;

import tools.jackson.databind.JsonNode;

/**
 * One figure of a report as its editor shows it.
 *
 * @param id the measure's id
 * @param label the English heading
 * @param type {@code count}, {@code percentage}, {@code avg}… (see the report
 * meta-schema)
 * @param field the field aggregated; {@code null} for none
 * @param from the event the time is measured from; {@code null} unless it measures the
 * time between two events
 * @param to the event the time is measured to; {@code null} likewise
 * @param unit {@code working-days} or {@code calendar-days}; {@code null} when not
 * written
 * @param where the condition a counted record meets (JSON Schema); {@code null} for none
 * @param denominatorWhere the condition of a percentage's denominator; {@code null} for
 * all the records of the row
 * @param target the target shown against the figure; {@code null} for none
 */
public record ReportMeasure(String id, String label, String type, String field, String from, String to, String unit,
		JsonNode where, JsonNode denominatorWhere, Double target) {

	/** Whether it measures the time between two events. */
	public boolean measuresTime() {
		return this.from != null || this.to != null;
	}

}
