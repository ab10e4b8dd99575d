package org.candour.web.officer.reports;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.util.MultiValueMap;

/**
 * A GOV.UK date input as typed: day, month and year fields named {@code name-day},
 * {@code name-month} and {@code name-year}.
 *
 * @param name the field's name
 * @param day the day as typed
 * @param month the month as typed
 * @param year the year as typed
 */
record DateField(String name, String day, String month, String year) {

	static DateField read(MultiValueMap<String, String> params, String name) {
		return new DateField(name, value(params, name + "-day"), value(params, name + "-month"),
				value(params, name + "-year"));
	}

	static DateField of(String name, LocalDate date) {
		return (date == null) ? new DateField(name, "", "", "")
				: new DateField(name, String.valueOf(date.getDayOfMonth()), String.valueOf(date.getMonthValue()),
						String.valueOf(date.getYear()));
	}

	boolean blank() {
		return this.day.isEmpty() && this.month.isEmpty() && this.year.isEmpty();
	}

	/** The date; empty when blank or not a real date. */
	Optional<LocalDate> date() {
		try {
			int parsedYear = Integer.parseInt(this.year);
			if (parsedYear < 1000 || parsedYear > 9999) {
				return Optional.empty();
			}
			return Optional.of(LocalDate.of(parsedYear, Integer.parseInt(this.month), Integer.parseInt(this.day)));
		}
		catch (NumberFormatException | DateTimeException ex) {
			return Optional.empty();
		}
	}

	private static String value(MultiValueMap<String, String> params, String name) {
		String value = params.getFirst(name);
		return (value == null) ? "" : value.trim();
	}

}
