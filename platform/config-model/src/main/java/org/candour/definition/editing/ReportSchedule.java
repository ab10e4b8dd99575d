package org.candour.definition.editing;

import java.util.List;
import java.util.Locale;

/**
 * When a report is produced, in words an administrator chooses ("monthly on day 1 at
 * 6am", "weekly on Monday at 7am", "quarterly…") and the cron expression the report
 * writes ({@code 0 6 1 * *}). An expression none of the words say is kept as written
 * ({@link Kind#CRON}) for power users.
 *
 * @param kind how often
 * @param day the day of the month (monthly, quarterly) or of the week (weekly, 1 for
 * Monday to 7 for Sunday); 0 otherwise
 * @param hour the hour of the day, 0 to 23
 * @param cron the expression as written, for {@link Kind#CRON}; else {@code null}
 */
public record ReportSchedule(Kind kind, int day, int hour, String cron) {

	/** The quarter's first months, April being the financial year's first. */
	private static final String QUARTER_MONTHS = "1,4,7,10";

	private static final List<String> WEEKDAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
			"Saturday", "Sunday");

	/** How often. */
	public enum Kind {

		/** Only run by hand. */
		NONE,
		/** On a day of each month. */
		MONTHLY,
		/** On a day of each week. */
		WEEKLY,
		/** On a day of January, April, July and October. */
		QUARTERLY,
		/** A cron expression as written. */
		CRON

	}

	public static final ReportSchedule NONE = new ReportSchedule(Kind.NONE, 0, 0, null);

	/** The words of a report's {@code schedule}; {@code null} or blank for none. */
	public static ReportSchedule of(String cron) {
		if (cron == null || cron.isBlank()) {
			return NONE;
		}
		String[] fields = cron.trim().split("\\s+");
		if (fields.length == 5 && "0".equals(fields[0]) && number(fields[1], 0, 23)) {
			int hour = Integer.parseInt(fields[1]);
			if (number(fields[2], 1, 28) && "*".equals(fields[4])) {
				if ("*".equals(fields[3])) {
					return new ReportSchedule(Kind.MONTHLY, Integer.parseInt(fields[2]), hour, null);
				}
				if (QUARTER_MONTHS.equals(fields[3])) {
					return new ReportSchedule(Kind.QUARTERLY, Integer.parseInt(fields[2]), hour, null);
				}
			}
			if ("*".equals(fields[2]) && "*".equals(fields[3]) && number(fields[4], 1, 7)) {
				return new ReportSchedule(Kind.WEEKLY, Integer.parseInt(fields[4]), hour, null);
			}
		}
		return new ReportSchedule(Kind.CRON, 0, 0, cron.trim());
	}

	/** The cron expression; {@code null} for none. */
	public String expression() {
		return switch (this.kind) {
			case NONE -> null;
			case MONTHLY -> "0 " + this.hour + " " + this.day + " * *";
			case QUARTERLY -> "0 " + this.hour + " " + this.day + " " + QUARTER_MONTHS + " *";
			case WEEKLY -> "0 " + this.hour + " * * " + this.day;
			case CRON -> this.cron;
		};
	}

	/** "Monthly on day 1 at 6am", "Not scheduled". */
	public String words() {
		return switch (this.kind) {
			case NONE -> "Not scheduled: run by hand";
			case MONTHLY -> "Monthly on day " + this.day + " at " + time();
			case QUARTERLY -> "Quarterly (January, April, July, October) on day " + this.day + " at " + time();
			case WEEKLY -> "Weekly on " + WEEKDAYS.get(this.day - 1) + " at " + time();
			case CRON -> "On the cron expression " + this.cron;
		};
	}

	private String time() {
		int twelve = (this.hour % 12 == 0) ? 12 : this.hour % 12;
		return twelve + ((this.hour < 12) ? "am" : "pm").toLowerCase(Locale.ROOT);
	}

	private static boolean number(String text, int least, int most) {
		if (!text.matches("[0-9]{1,2}")) {
			return false;
		}
		int value = Integer.parseInt(text);
		return value >= least && value <= most && String.valueOf(value).equals(text);
	}

}
