package org.candour.standards;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.candour.calendar.TenantCalendars;
import org.candour.calendar.WorkingDayCalendar;
import org.candour.config.ActiveConfigurations;
import org.candour.definition.model.Duration;

/**
 * Days as the current tenant counts them for one reading of its standards: today by the
 * application clock in the calendar's zone, and the days between two events of a case in
 * the working-day calendar of the configuration version the case is pinned to (each
 * version's calendar looked up once).
 */
final class StandardDays {

	private final ActiveConfigurations configurations;

	private final TenantCalendars calendars;

	private final Map<Integer, WorkingDayCalendar> used = new HashMap<>();

	private final ZoneId zone;

	private final LocalDate today;

	StandardDays(ActiveConfigurations configurations, TenantCalendars calendars, Optional<Clock> clock) {
		this.configurations = configurations;
		this.calendars = calendars;
		WorkingDayCalendar current = calendars.current();
		this.zone = current.spec().zone();
		this.today = clock.orElse(Clock.systemUTC()).instant().atZone(this.zone).toLocalDate();
	}

	LocalDate today() {
		return this.today;
	}

	ZoneId zone() {
		return this.zone;
	}

	/**
	 * The time from one day to a later one in the unit of {@code limit}: working days
	 * (those after {@code from} up to and including {@code to}) or calendar days.
	 */
	int between(int configVersion, LocalDate from, LocalDate to, Duration limit) {
		if (limit.unit() == Duration.Unit.CALENDAR_DAYS) {
			return (int) ChronoUnit.DAYS.between(from, to);
		}
		WorkingDayCalendar calendar = this.used.computeIfAbsent(configVersion,
				number -> this.calendars.of(this.configurations.version(number)));
		return calendar.workingDaysBetween(from, to);
	}

	/**
	 * A stored day ({@code 2026-05-05}) or moment, as a day in the tenant's zone;
	 * {@code null} for none.
	 */
	LocalDate day(Object stored) {
		if (stored == null) {
			return null;
		}
		if (stored instanceof Date date) {
			return LocalDate.ofInstant(date.toInstant(), this.zone);
		}
		String text = stored.toString();
		return (text.length() == 10) ? LocalDate.parse(text) : LocalDate.ofInstant(Instant.parse(text), this.zone);
	}

}
