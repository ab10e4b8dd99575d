package org.candour.definition.editing;

import java.util.List;

/**
 * What a report's main page edits: its title and description, the feedback types it
 * counts, its period, its schedule, its layout and its download formats.
 *
 * @param title the English title
 * @param description the English description ({@code spec.description}); {@code null} for
 * none
 * @param feedbackTypes the feedback types counted; empty for all
 * @param periodType the period's type ({@code financial-year}, {@code quarter},
 * {@code rolling-days}…); {@code null} for all time
 * @param periodDays the days of a rolling period; else {@code null}
 * @param schedule the cron expression it is produced on; {@code null} for none
 * @param layoutType {@code table}, {@code crosstab} or {@code chart}; {@code null} for
 * none written (a table)
 * @param outputs the download formats offered; {@code null} when not written (all of
 * them)
 */
public record ReportDetails(String title, String description, List<String> feedbackTypes, String periodType,
		Integer periodDays, String schedule, String layoutType, List<String> outputs) {

	public ReportDetails {
		feedbackTypes = List.copyOf(feedbackTypes);
		outputs = (outputs == null) ? null : List.copyOf(outputs);
	}

}
