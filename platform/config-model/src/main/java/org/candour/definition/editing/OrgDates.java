package org.candour.definition.editing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as the organisation pages and sentences write them: "1 April 2027". */
public final class OrgDates {

	private static final DateTimeFormatter WORDS = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private OrgDates() {
	}

	public static String words(LocalDate day) {
		return day.format(WORDS);
	}

}
