package org.candour.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

import org.candour.api.Refusal;

/**
 * Reads the query parameters of the calendar API, refusing bad ones with a problem that
 * points at the parameter.
 */
final class CalendarQuery {

	private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,9}");

	private CalendarQuery() {
	}

	static LocalDate date(String name, String value) {
		String text = required(name, value);
		if (ISO_DATE.matcher(text).matches()) {
			try {
				return LocalDate.parse(text);
			}
			catch (DateTimeException ex) {
				// falls through to the refusal below
			}
		}
		throw Refusal.malformed("/" + name, "invalid-date",
				"Parameter " + name + " must be a date as YYYY-MM-DD, not '" + text + "'");
	}

	static int number(String name, String value, int min, int max) {
		String text = required(name, value);
		if (!INTEGER.matcher(text).matches()) {
			throw Refusal.malformed("/" + name, "invalid-number",
					"Parameter " + name + " must be a whole number, not '" + text + "'");
		}
		int number = Integer.parseInt(text);
		if (number < min || number > max) {
			throw outOfRange(name, "Parameter " + name + " must be between " + min + " and " + max);
		}
		return number;
	}

	/**
	 * Refuses unless exactly one of two parameters is given (blank counts as given, so
	 * that it is refused as such).
	 */
	static void exactlyOne(String first, String firstValue, String second, String secondValue) {
		if (firstValue == null && secondValue == null) {
			throw Refusal.malformed("/" + first, "required", "Give either " + first + " or " + second);
		}
		if (firstValue != null && secondValue != null) {
			throw Refusal.malformed("/" + second, "exclusive", "Give either " + first + " or " + second + ", not both");
		}
	}

	static Refusal outOfRange(String name, String message) {
		return Refusal.malformed("/" + name, "out-of-range", message);
	}

	private static String required(String name, String value) {
		if (value == null || value.isBlank()) {
			throw Refusal.malformed("/" + name, "required", "Parameter " + name + " is required");
		}
		return value.strip();
	}

}
