package org.candour.admin.reports;

import java.util.ArrayList;
import java.util.List;

import org.candour.admin.PageProblem;
import org.candour.definition.editing.ReportDetails;
import org.candour.definition.editing.ReportSchedule;
import org.candour.definition.model.ReportDefinition;

import org.springframework.scheduling.support.CronExpression;

/**
 * The report page's details as posted: texts as typed, the schedule in words (or a cron
 * expression), the layout and the download formats.
 */
record DetailsForm(String title, String description, List<String> feedbackTypes, String period, String periodDays,
		String schedule, String scheduleDay, String scheduleWeekday, String scheduleHour, String cron, String layout,
		List<String> columns, List<String> outputs, String hash) {

	DetailsForm {
		feedbackTypes = (feedbackTypes == null) ? List.of() : List.copyOf(feedbackTypes);
		columns = (columns == null) ? List.of() : List.copyOf(columns);
		outputs = (outputs == null) ? List.of() : List.copyOf(outputs);
		title = trimmed(title);
		description = trimmed(description);
		period = trimmed(period);
		periodDays = trimmed(periodDays);
		cron = trimmed(cron);
	}

	static DetailsForm of(ReportDetails details, List<String> columns, String hash) {
		ReportSchedule schedule = ReportSchedule.of(details.schedule());
		boolean weekly = schedule.kind() == ReportSchedule.Kind.WEEKLY;
		boolean daily = schedule.kind() != ReportSchedule.Kind.NONE && schedule.kind() != ReportSchedule.Kind.CRON;
		return new DetailsForm(details.title(), details.description(), details.feedbackTypes(),
				(details.periodType() == null) ? "" : details.periodType(),
				(details.periodDays() == null) ? "" : String.valueOf(details.periodDays()),
				schedule.kind().name().toLowerCase(java.util.Locale.ROOT),
				(daily && !weekly) ? String.valueOf(schedule.day()) : "1",
				weekly ? String.valueOf(schedule.day()) : "1", daily ? String.valueOf(schedule.hour()) : "6",
				(schedule.cron() == null) ? "" : schedule.cron(),
				(details.layoutType() == null) ? "" : details.layoutType(), columns,
				(details.outputs() == null) ? ReportDefinition.ALL_OUTPUTS : details.outputs(), hash);
	}

	List<PageProblem> problems() {
		List<PageProblem> problems = new ArrayList<>();
		if (this.title.isEmpty()) {
			problems.add(new PageProblem("title", "Enter a title"));
		}
		if ("rolling-days".equals(this.period) && number(this.periodDays, 1, 3660) == null) {
			problems.add(new PageProblem("periodDays", "Enter the number of days, a whole number from 1 to 3660"));
		}
		switch (kind()) {
			case MONTHLY, QUARTERLY -> {
				if (number(this.scheduleDay, 1, 28) == null) {
					problems.add(new PageProblem("scheduleDay", "Enter a day of the month from 1 to 28"));
				}
			}
			case CRON -> {
				if (!validCron(this.cron)) {
					problems.add(new PageProblem("cron",
							"Enter a cron expression of 5 or 6 fields, like 0 6 1 * * for 6am on the 1st of each month"));
				}
			}
			default -> {
			}
		}
		if (kind() != ReportSchedule.Kind.NONE && kind() != ReportSchedule.Kind.CRON
				&& number(this.scheduleHour, 0, 23) == null) {
			problems.add(new PageProblem("scheduleHour", "Enter an hour from 0 to 23"));
		}
		if ("crosstab".equals(this.layout) && this.columns.isEmpty()) {
			problems.add(new PageProblem("columns", "Select the grouping shown as columns of the crosstab"));
		}
		return problems;
	}

	/** The details to write; the download formats left unwritten when all are kept. */
	ReportDetails details(ReportDetails before) {
		ReportSchedule schedule = switch (kind()) {
			case NONE -> ReportSchedule.NONE;
			case CRON -> new ReportSchedule(ReportSchedule.Kind.CRON, 0, 0, this.cron);
			case WEEKLY -> new ReportSchedule(ReportSchedule.Kind.WEEKLY, number(this.scheduleWeekday, 1, 7),
					number(this.scheduleHour, 0, 23), null);
			default ->
				new ReportSchedule(kind(), number(this.scheduleDay, 1, 28), number(this.scheduleHour, 0, 23), null);
		};
		List<String> outputs = ReportDefinition.ALL_OUTPUTS.stream().filter(this.outputs::contains).toList();
		boolean allKept = before.outputs() == null && outputs.size() == ReportDefinition.ALL_OUTPUTS.size();
		return new ReportDetails(this.title, this.description.isEmpty() ? null : this.description, this.feedbackTypes,
				this.period.isEmpty() ? null : this.period,
				"rolling-days".equals(this.period) ? number(this.periodDays, 1, 3660) : null, schedule.expression(),
				this.layout == null || this.layout.isBlank() ? null : this.layout,
				allKept ? null : keptOrder(before.outputs(), outputs));
	}

	ReportSchedule.Kind kind() {
		try {
			return ReportSchedule.Kind.valueOf((this.schedule == null) ? "NONE" : this.schedule.toUpperCase());
		}
		catch (IllegalArgumentException unknown) {
			return ReportSchedule.Kind.NONE;
		}
	}

	/** The formats in the order the report wrote them, when it wrote the same ones. */
	private static List<String> keptOrder(List<String> before, List<String> chosen) {
		return (before != null && before.size() == chosen.size() && before.containsAll(chosen)) ? before : chosen;
	}

	static boolean validCron(String cron) {
		String[] fields = cron.trim().split("\\s+");
		if (fields.length != 5 && fields.length != 6) {
			return false;
		}
		try {
			CronExpression.parse((fields.length == 5) ? "0 " + cron.trim() : cron.trim());
			return true;
		}
		catch (IllegalArgumentException bad) {
			return false;
		}
	}

	static Integer number(String text, int least, int most) {
		try {
			int value = Integer.parseInt(text.trim());
			return (value < least || value > most) ? null : value;
		}
		catch (NumberFormatException | NullPointerException notANumber) {
			return null;
		}
	}

	private static String trimmed(String text) {
		return (text == null) ? "" : text.trim();
	}

}
