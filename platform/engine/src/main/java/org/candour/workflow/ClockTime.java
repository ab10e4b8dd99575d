package org.candour.workflow;

import org.candour.definition.model.Duration;

import org.candour.definition.model.ClockDefinition;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import org.candour.calendar.WorkingDayCalendar;

/**
 * Counting a clock's units in one calendar: due dates, paused time, time left and whether
 * a moment is on time. Dates are read in the calendar's zone.
 */
final class ClockTime {

	private final WorkingDayCalendar calendar;

	ClockTime(WorkingDayCalendar calendar) {
		this.calendar = calendar;
	}

	LocalDate localDate(Instant at) {
		return at.atZone(zone()).toLocalDate();
	}

	/** Units the clock counts: the duration plus extensions plus time paused. */
	private static int units(ClockDefinition def, CaseClock clock) {
		return def.duration().amount() + clock.extendedBy() + clock.pausedDays();
	}

	LocalDate dueDate(ClockDefinition def, CaseClock clock) {
		return switch (def.duration().unit()) {
			case WORKING_DAYS -> this.calendar.addWorkingDays(clock.anchorDate(), units(def, clock));
			case CALENDAR_DAYS -> this.calendar.addCalendarDays(clock.anchorDate(), units(def, clock));
			case HOURS -> localDate(dueAt(def, clock));
		};
	}

	/** The moment an hours clock is due; {@code null} for clocks counted in days. */
	Instant dueAt(ClockDefinition def, CaseClock clock) {
		if (def.duration().unit() != Duration.Unit.HOURS) {
			return null;
		}
		Instant anchor = (clock.anchorInstant() != null) ? clock.anchorInstant() : clock.startedAt();
		return this.calendar.addHours(anchor, units(def, clock));
	}

	/**
	 * Units between the day a pause began and the day it ended. A pause is recorded by
	 * date, so an hours clock is paused for whole days of 24 hours.
	 */
	int pausedUnits(ClockDefinition def, LocalDate from, LocalDate to) {
		long units = switch (def.duration().unit()) {
			case WORKING_DAYS -> this.calendar.workingDaysBetween(from, to);
			case CALENDAR_DAYS -> ChronoUnit.DAYS.between(from, to);
			case HOURS -> ChronoUnit.HOURS.between(from.atStartOfDay(zone()), to.atStartOfDay(zone()));
		};
		return (int) Math.max(0, units);
	}

	/** Whether a moment is on or before the due date (hours clocks: the due moment). */
	boolean onTime(ClockDefinition def, CaseClock clock, Instant at) {
		if (def.duration().unit() == Duration.Unit.HOURS) {
			return !at.isAfter(clock.dueAt());
		}
		return !localDate(at).isAfter(clock.dueDate());
	}

	/** Time from a moment until the clock is due, in the given unit. */
	long left(CaseClock clock, Instant now, Duration.Unit unit) {
		LocalDate today = localDate(now);
		return switch (unit) {
			case WORKING_DAYS -> this.calendar.workingDaysBetween(today, clock.dueDate());
			case CALENDAR_DAYS -> ChronoUnit.DAYS.between(today, clock.dueDate());
			case HOURS -> ChronoUnit.HOURS.between(now, (clock.dueAt() != null) ? clock.dueAt()
					: clock.dueDate().plusDays(1).atStartOfDay(zone()).toInstant());
		};
	}

	private ZoneId zone() {
		return this.calendar.spec().zone();
	}

}
