package org.candour.imports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Dates as old systems and spreadsheets write them, read in the tenant's time zone:
 * {@code 2025-03-14}, {@code 14/03/2025} (day first, as in the UK), {@code 14-03-2025},
 * {@code 14.03.2025}, {@code 14 Mar 2025} or {@code 14 March 2025}, each optionally
 * followed by a time ({@code 09:30} or {@code 09:30:15}; after a {@code T} too). A date
 * without a time is taken as midday. A two-digit year is refused as ambiguous, as is a
 * date that does not exist.
 */
final class LegacyDates {

	private static final LocalTime NO_TIME = LocalTime.NOON;

	private static final Pattern TWO_DIGIT_YEAR = Pattern.compile("^\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2}(\\D.*)?$");

	private static final List<DateTimeFormatter> DAYS = List.of(day("uuuu-MM-dd"), day("d/M/uuuu"), day("d-M-uuuu"),
			day("d.M.uuuu"), day("d MMM uuuu"), day("d MMMM uuuu"), day("uuuu/M/d"), day("d MMM uuuu", Locale.ENGLISH));

	private static final List<DateTimeFormatter> TIMES = List.of(day("H:mm"), day("H:mm:ss"));

	private final ZoneId zone;

	LegacyDates(ZoneId zone) {
		this.zone = zone;
	}

	/** The instant, or empty when the text is not a date this reads unambiguously. */
	Optional<Instant> instant(String text) {
		String value = text.strip().replaceFirst("(\\d)T(\\d)", "$1 $2");
		if (TWO_DIGIT_YEAR.matcher(value).matches()) {
			return Optional.empty();
		}
		for (DateTimeFormatter days : DAYS) {
			Optional<LocalDate> whole = parse(value, days).map(LocalDate::from);
			if (whole.isPresent()) {
				return Optional.of(whole.get().atTime(NO_TIME).atZone(this.zone).toInstant());
			}
			int space = value.lastIndexOf(' ');
			if (space > 0) {
				Optional<LocalDate> day = parse(value.substring(0, space).strip(), days).map(LocalDate::from);
				Optional<LocalTime> time = day.isEmpty() ? Optional.empty()
						: TIMES.stream()
							.flatMap(format -> parse(value.substring(space + 1), format).stream())
							.map(LocalTime::from)
							.findFirst();
				if (time.isPresent()) {
					return Optional.of(LocalDateTime.of(day.get(), time.get()).atZone(this.zone).toInstant());
				}
			}
		}
		return Optional.empty();
	}

	/** The day of an instant this read, in the tenant's zone. */
	LocalDate day(Instant instant) {
		return LocalDate.ofInstant(instant, this.zone);
	}

	private static Optional<java.time.temporal.TemporalAccessor> parse(String text, DateTimeFormatter format) {
		try {
			return Optional.of(format.parse(text));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	private static DateTimeFormatter day(String pattern) {
		return day(pattern, Locale.UK);
	}

	// Locale.UK abbreviates September as "Sept", other exports as "Sep": both are read
	private static DateTimeFormatter day(String pattern, Locale locale) {
		return new DateTimeFormatterBuilder().parseCaseInsensitive()
			.appendPattern(pattern)
			.toFormatter(locale)
			.withResolverStyle(ResolverStyle.STRICT);
	}

}
