package org.candour.web.officer.reports;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import org.candour.calendar.TenantCalendars;
import org.candour.reports.ReportResult;

import org.springframework.stereotype.Component;

/**
 * Today and the tenant's time zone (from its working-day calendar and the application
 * clock), and days, moments, periods and durations in words.
 */
@Component
public class ReportTime {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", Locale.ENGLISH);

	private final TenantCalendars calendars;

	private final Clock clock;

	ReportTime(TenantCalendars calendars, Optional<Clock> clock) {
		this.calendars = calendars;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	public ZoneId zone() {
		return this.calendars.current().spec().zone();
	}

	public LocalDate today() {
		return LocalDate.now(this.clock.withZone(zone()));
	}

	public static String day(LocalDate day) {
		return (day == null) ? "" : DAY.format(day);
	}

	public String when(Instant instant) {
		return (instant == null) ? "" : WHEN.format(instant.atZone(zone())).replace("AM", "am").replace("PM", "pm");
	}

	/** A period in words: "1 April 2026 to 31 March 2027", open ends said so. */
	static String period(ReportResult.Parameters parameters) {
		if (parameters == null || (parameters.from() == null && parameters.to() == null)) {
			return "All time";
		}
		if (parameters.from() == null) {
			return "Up to " + day(parameters.to());
		}
		if (parameters.to() == null) {
			return "From " + day(parameters.from());
		}
		return day(parameters.from()) + " to " + day(parameters.to());
	}

	/** A duration in words: "850 milliseconds", "12 seconds", "3 minutes 5 seconds". */
	static String duration(Long milliseconds) {
		if (milliseconds == null) {
			return "";
		}
		if (milliseconds < 1000) {
			return milliseconds + " milliseconds";
		}
		long seconds = Math.round(milliseconds / 1000.0);
		if (seconds < 60) {
			return seconds + (seconds == 1 ? " second" : " seconds");
		}
		return (seconds / 60) + ((seconds / 60) == 1 ? " minute " : " minutes ") + (seconds % 60)
				+ ((seconds % 60) == 1 ? " second" : " seconds");
	}

}
