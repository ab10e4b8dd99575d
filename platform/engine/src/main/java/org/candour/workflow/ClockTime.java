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

	/**
	 * Day 0 plus the units; a clock in calendar months is paused in calendar days, added
	 * after the months. A clock in calendar days or months that is due on a working day
	 * moves a due date on a non-working day to the next working day.
	 */
	LocalDate dueDate(ClockDefinition def, CaseClock clock) {
		LocalDate due = switch (def.duration().unit()) {
			case WORKING_DAYS -> this.calendar.addWorkingDays(clock.anchorDate(), units(def, clock));
			case CALENDAR_DAYS -> this.calendar.addCalendarDays(clock.anchorDate(), units(def, clock));
			case CALENDAR_MONTHS ->
				this.calendar.addCalendarMonths(clock.anchorDate(), def.duration().amount() + clock.extendedBy())
					.plusDays(clock.pausedDays());
			case HOURS -> localDate(dueAt(def, clock));
		};
		return (def.dueOnWorkingDay() && def.duration().unit().calendarTime()) ? this.calendar.workingDayOnOrAfter(due)
				: due;
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
	 * date, so an hours clock is paused for whole days of 24 hours; a clock in calendar
	 * months is paused in calendar days.
	 */
	int pausedUnits(ClockDefinition def, LocalDate from, LocalDate to) {
		long units = switch (def.duration().unit()) {
			case WORKING_DAYS -> this.calendar.workingDaysBetween(from, to);
			case CALENDAR_DAYS, CALENDAR_MONTHS -> ChronoUnit.DAYS.between(from, to);
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

	/**
	 * Time from a moment until the clock is due, in the given unit (calendar months: a
	 * part of a month counts as a whole one, so a warning a month before the due date
	 * starts on the same day of the month before).
	 */
	long left(CaseClock clock, Instant now, Duration.Unit unit) {
		LocalDate today = localDate(now);
		return switch (unit) {
			case WORKING_DAYS -> this.calendar.workingDaysBetween(today, clock.dueDate());
			case CALENDAR_DAYS -> ChronoUnit.DAYS.between(today, clock.dueDate());
			case CALENDAR_MONTHS -> monthsLeft(today, clock.dueDate());
			case HOURS -> ChronoUnit.HOURS.between(now, (clock.dueAt() != null) ? clock.dueAt()
					: clock.dueDate().plusDays(1).atStartOfDay(zone()).toInstant());
		};
	}

	/** Calendar months until a day, part of a month counted as a whole one. */
	private static long monthsLeft(LocalDate today, LocalDate due) {
		long whole = ChronoUnit.MONTHS.between(today, due);
		return today.plusMonths(whole).isBefore(due) ? whole + 1 : whole;
	}

	private ZoneId zone() {
		return this.calendar.spec().zone();
	}

}
