package org.candour.web.officer.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Dates and times in words, as staff read them ("2 December 2026 at 4:54am"), in the
 * tenant's time zone: its calendar's, Europe/London unless the calendar says otherwise.
 */
final class CaseTime {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", Locale.ENGLISH);

	private CaseTime() {
	}

	static String day(LocalDate date) {
		return date == null ? "" : DAY.format(date);
	}

	static String day(Instant instant, ZoneId zone) {
		return instant == null ? "" : DAY.format(instant.atZone(zone));
	}

	static String when(Instant instant, ZoneId zone) {
		return instant == null ? ""
				: WHEN.format(instant.atZone(zone)).replace("AM", "am").replace("PM", "pm").replace(":00", "");
	}

	/**
	 * A value as staff read it when it is a date ({@code 2026-12-02}) or a moment
	 * ({@code 2026-12-02T04:54:26.840201087Z}); null when it is neither.
	 */
	static String words(String value, ZoneId zone) {
		try {
			if (value.length() == 10) {
				return day(LocalDate.parse(value));
			}
			if (value.length() > 10 && value.charAt(10) == 'T') {
				return when(Instant.parse(value), zone);
			}
		}
		catch (DateTimeParseException ex) {
			// not a date after all
		}
		return null;
	}

}
