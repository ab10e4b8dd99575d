package org.candour.learning;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.candour.calendar.TenantCalendars;
import org.candour.calendar.WorkingDayCalendar;

import org.springframework.stereotype.Component;

/**
 * Dates of learning actions in the current tenant's working-day calendar: today in the
 * tenant's zone by the application clock (from which overdue is derived), due dates
 * counted in working days, and the window of actions coming due.
 */
@Component
class LearningCalendar {

	/** How far ahead an action counts as coming due, in working days. */
	static final int DUE_WINDOW = 10;

	private final TenantCalendars calendars;

	private final Clock clock;

	LearningCalendar(TenantCalendars calendars, Optional<Clock> clock) {
		this.calendars = calendars;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	LocalDate today() {
		WorkingDayCalendar calendar = this.calendars.current();
		return this.clock.instant().atZone(calendar.spec().zone()).toLocalDate();
	}

	/** The date {@code workingDays} working days after {@code start}. */
	LocalDate dueAfter(LocalDate start, int workingDays) {
		return this.calendars.current().addWorkingDays(start, workingDays);
	}

	/** The last day of the "due" window that starts today. */
	LocalDate dueWindowEnd(LocalDate today) {
		return dueAfter(today, DUE_WINDOW);
	}

	Instant now() {
		return this.clock.instant();
	}

}
