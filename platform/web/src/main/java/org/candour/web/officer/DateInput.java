package org.candour.web.officer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.util.MultiValueMap;

/**
 * A GOV.UK date input (day, month and year fields named {@code name-day},
 * {@code name-month}, {@code name-year}) as typed, and the date it makes.
 *
 * @param name the field's name
 * @param day the day as typed
 * @param month the month as typed
 * @param year the year as typed
 */
public record DateInput(String name, String day, String month, String year) {

	public static DateInput read(MultiValueMap<String, String> params, String name) {
		return new DateInput(name, value(params, name + "-day"), value(params, name + "-month"),
				value(params, name + "-year"));
	}

	/** The input showing a date, or blank. */
	public static DateInput of(String name, LocalDate date) {
		return (date == null) ? new DateInput(name, "", "", "")
				: new DateInput(name, String.valueOf(date.getDayOfMonth()), String.valueOf(date.getMonthValue()),
						String.valueOf(date.getYear()));
	}

	public boolean blank() {
		return this.day.isEmpty() && this.month.isEmpty() && this.year.isEmpty();
	}

	/** The date; empty when blank or not a real date (see {@link #valid()}). */
	public Optional<LocalDate> date() {
		if (blank()) {
			return Optional.empty();
		}
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

	/** Blank, or a real date. */
	public boolean valid() {
		return blank() || date().isPresent();
	}

	private static String value(MultiValueMap<String, String> params, String name) {
		String value = params.getFirst(name);
		return value == null ? "" : value.trim();
	}

}
