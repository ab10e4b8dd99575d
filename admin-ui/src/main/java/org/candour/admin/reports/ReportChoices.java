package org.candour.admin.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.candour.admin.Texts;
import org.candour.definition.model.CompiledConfiguration;
import org.candour.definition.model.ReportSource;

/** What the report pages offer to choose from, in words. */
final class ReportChoices {

	static final List<Choice> PERIODS = List.of(new Choice("financial-year", "Financial year (April to March)"),
			new Choice("calendar-year", "Calendar year"), new Choice("quarter", "Quarter"),
			new Choice("month", "Month"), new Choice("rolling-days", "The last number of days"),
			new Choice("custom", "Chosen when it is run"), new Choice("", "All time"));

	static final List<Choice> SCHEDULES = List.of(new Choice("none", "Not scheduled: run by hand"),
			new Choice("monthly", "Monthly"), new Choice("quarterly", "Quarterly (January, April, July, October)"),
			new Choice("weekly", "Weekly"), new Choice("cron", "A cron expression (for power users)"));

	static final List<Choice> WEEKDAYS = List.of(new Choice("1", "Monday"), new Choice("2", "Tuesday"),
			new Choice("3", "Wednesday"), new Choice("4", "Thursday"), new Choice("5", "Friday"),
			new Choice("6", "Saturday"), new Choice("7", "Sunday"));

	static final List<Choice> LAYOUTS = List.of(new Choice("table", "Table: one row per group"),
			new Choice("crosstab", "Crosstab: some groupings as columns"), new Choice("chart", "Chart"),
			new Choice("", "Not said (a table)"));

	static final List<Choice> OUTPUTS = List.of(new Choice("html", "Web page (HTML)"), new Choice("csv", "CSV"),
			new Choice("xlsx", "Excel (XLSX)"), new Choice("pdf", "PDF"));

	static final List<Choice> STRUCTURES = List.of(
			new Choice("at-time-of-case", "The structure at the time of each case"),
			new Choice("current", "Today's structure (old units mapped to the units that replaced them)"));

	static final List<Choice> MEASURES = List.of(new Choice("count", "Count of cases"),
			new Choice("percentage", "Percentage of cases meeting a condition"),
			new Choice("avg", "Average (of a number, or of the working days between two events)"),
			new Choice("median", "Median"), new Choice("min", "Smallest"), new Choice("max", "Largest"),
			new Choice("sum", "Total of a number"), new Choice("distinct", "Number of different values of a field"),
			new Choice("share", "Share of the rows' records (per cent)"));

	static final List<Choice> UNITS = List.of(new Choice("working-days", "Working days"),
			new Choice("calendar-days", "Calendar days"));

	static final List<Choice> OPERATORS = List.of(new Choice("IS", "is"), new Choice("IS_NOT", "is not"),
			new Choice("IS_ONE_OF", "is one of"), new Choice("IS_RECORDED", "is recorded"));

	private static final Map<String, String> CASE_FIELDS = caseFields();

	private ReportChoices() {
	}

	/** The fields a grouping of the source may use; others are typed in. */
	static List<Choice> fields(ReportSource source) {
		if (source == ReportSource.CASES) {
			return CASE_FIELDS.entrySet().stream().map(field -> new Choice(field.getKey(), field.getValue())).toList();
		}
		List<Choice> fields = new ArrayList<>();
		source.fields().stream().sorted().forEach(field -> fields.add(new Choice(field, field)));
		if (source.periodic()) {
			ReportSource.PERIOD_FIELDS.stream().sorted().forEach(field -> fields.add(new Choice(field, field)));
		}
		return fields;
	}

	static String fieldWords(String field) {
		return CASE_FIELDS.getOrDefault(field, field);
	}

	/**
	 * The events a time is measured between: received, closed, each clock's start and
	 * stop.
	 */
	static List<Choice> events(CompiledConfiguration model) {
		List<Choice> events = new ArrayList<>(
				List.of(new Choice("received", "Received (day 0)"), new Choice("closed", "Closed")));
		if (model != null) {
			Map<String, String> clocks = new LinkedHashMap<>();
			model.workflows()
				.values()
				.forEach(workflow -> workflow.clocks()
					.values()
					.forEach(clock -> clocks.putIfAbsent(clock.id(), Texts.english(clock.label(), clock.id()))));
			clocks.forEach((id, label) -> {
				events.add(new Choice("clocks." + id + ".started", "Clock ‘" + label + "’ started"));
				events.add(new Choice("clocks." + id + ".stopped", "Clock ‘" + label + "’ stopped"));
			});
		}
		return events;
	}

	static String words(List<Choice> choices, String value) {
		return choices.stream()
			.filter(choice -> choice.value().equals(value))
			.map(Choice::label)
			.findFirst()
			.orElse(value);
	}

	private static Map<String, String> caseFields() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("feedbackType", "Feedback type");
		fields.put("directorate", "Directorate");
		fields.put("service", "Service");
		fields.put("orgUnit", "Team or unit the case is about");
		fields.put("team", "Team the case is assigned to");
		fields.put("state", "State");
		fields.put("stateCategory", "State category (new, open, waiting, closed)");
		fields.put("channel", "Channel");
		fields.put("assignee", "Assigned officer");
		fields.put("receivedMonth", "Month received");
		fields.put("receivedQuarter", "Quarter received (financial)");
		fields.put("receivedYear", "Financial year received");
		fields.put("outcome.decision", "Outcome: decision");
		fields.put("clocks.respond.status", "Response clock: running, paused, met or breached");
		return fields;
	}

}
