package org.candour.staffnotices;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as staff emails write them: "25 November 2026". */
final class Dates {

	private static final DateTimeFormatter SPOKEN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private Dates() {
	}

	static String spoken(LocalDate date) {
		return date.format(SPOKEN);
	}

}
