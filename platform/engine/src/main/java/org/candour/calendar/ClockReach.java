package org.candour.calendar;

import java.time.LocalDate;

import org.candour.definition.model.ClockDefinition;
import org.candour.definition.model.Duration;

/**
 * The furthest day a clock started on a given day could fall due: its duration plus the
 * most it may be extended (time paused, which no configuration bounds, left out).
 *
 * @param workflow the workflow's id
 * @param clock the clock's id
 * @param latestDue that day
 */
public record ClockReach(String workflow, String clock, LocalDate latestDue) {

	static ClockReach of(String workflow, ClockDefinition definition, WorkingDayCalendar calendar, LocalDate day0) {
		Duration duration = definition.duration();
		int units = duration.amount() + ((definition.extension() != null) ? definition.extension().maxAmount() : 0);
		LocalDate due = switch (duration.unit()) {
			case WORKING_DAYS -> calendar.addWorkingDays(day0, units);
			case CALENDAR_DAYS -> calendar.addCalendarDays(day0, units);
			case CALENDAR_MONTHS -> calendar.addCalendarMonths(day0, units);
			case HOURS -> day0.plusDays(units / 24 + 1);
		};
		boolean moved = definition.dueOnWorkingDay() && duration.unit().calendarTime();
		return new ClockReach(workflow, definition.id(), moved ? calendar.workingDayOnOrAfter(due) : due);
	}

}
