package org.candour.admin.organisation;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A GOV.UK date input's three fields: day, month and year as typed.
 *
 * @param day the day of the month
 * @param month the month, 1 to 12
 * @param year four digits
 */
record DayInput(String day, String month, String year) {

	DayInput {
		day = trim(day);
		month = trim(month);
		year = trim(year);
	}

	static DayInput of(LocalDate day) {
		return (day == null) ? new DayInput("", "", "") : new DayInput(String.valueOf(day.getDayOfMonth()),
				String.valueOf(day.getMonthValue()), String.valueOf(day.getYear()));
	}

	/** The day typed; {@code null} when it is not a real date. */
	LocalDate value() {
		try {
			return (this.year.length() == 4) ? LocalDate.of(Integer.parseInt(this.year), Integer.parseInt(this.month),
					Integer.parseInt(this.day)) : null;
		}
		catch (NumberFormatException | DateTimeException ex) {
			return null;
		}
	}

	boolean empty() {
		return this.day.isEmpty() && this.month.isEmpty() && this.year.isEmpty();
	}

	private static String trim(String value) {
		return value == null ? "" : value.trim();
	}

}
