package org.candour.open311;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * GeoReport's dates: written as W3C date-times in UTC ({@code 2026-12-03T10:15:00Z});
 * read with an offset ({@code Z}, {@code +01:00}; a {@code +} a client did not encode
 * arrives as a space and is read as one), without one (UTC), or as a day (its start, in
 * UTC).
 */
final class Open311Dates {

	private Open311Dates() {
	}

	static String format(Instant instant) {
		return instant == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME
			.format(instant.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
	}

	static String format(LocalDate day) {
		return day == null ? "" : format(day.atStartOfDay(ZoneOffset.UTC).toInstant());
	}

	/**
	 * The instant a parameter gives; {@code null} when it is absent; 400 when unreadable.
	 */
	static Instant parse(String parameter, String value) {
		if (value == null) {
			return null;
		}
		String text = value.replace(' ', '+');
		try {
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException notOffset) {
			try {
				return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
			}
			catch (DateTimeParseException notLocal) {
				try {
					return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
				}
				catch (DateTimeParseException notDay) {
					throw Open311Failure.badRequest(parameter + ": give a date and time like 2026-12-03T10:15:00Z");
				}
			}
		}
	}

}
