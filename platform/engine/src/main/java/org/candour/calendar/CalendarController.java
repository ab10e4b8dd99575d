package org.candour.calendar;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.candour.api.EndpointRoles;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Due dates and working days in the calendar of the tenant in the URL, so that officers
 * and configurers can check what a clock will do.
 */
@RestController
@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.MANAGER, EndpointRoles.OFFICER, EndpointRoles.INVESTIGATOR,
		EndpointRoles.AUDITOR })
@RequestMapping("/api/tenants/{tenant}/calendar")
class CalendarController {

	static final int MAX_WORKING_DAYS = 3650;

	static final int MAX_MONTHS = 1200;

	static final long MAX_SPAN_DAYS = 36_525;

	private final TenantCalendars calendars;

	CalendarController(TenantCalendars calendars) {
		this.calendars = calendars;
	}

	/**
	 * The due date {@code workingDays} working days after day 0, or {@code months}
	 * calendar months after it (the statutory rule: the same day of the month, or the
	 * last day of a shorter month, moved to the next working day when it is not one).
	 * Exactly one of the two is given.
	 */
	@GetMapping("/add")
	Due add(@RequestParam(required = false) String from, @RequestParam(required = false) String workingDays,
			@RequestParam(required = false) String months) {
		LocalDate day0 = CalendarQuery.date("from", from);
		CalendarQuery.exactlyOne("workingDays", workingDays, "months", months);
		WorkingDayCalendar calendar = this.calendars.current();
		LocalDate due = (months != null)
				? calendar.workingDayOnOrAfter(
						calendar.addCalendarMonths(day0, CalendarQuery.number("months", months, 0, MAX_MONTHS)))
				: calendar.addWorkingDays(day0, CalendarQuery.number("workingDays", workingDays, 0, MAX_WORKING_DAYS));
		return new Due(due, calendar.covers(due), calendar.lastCoveredYear());
	}

	@GetMapping("/between")
	WorkingDays between(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
		LocalDate start = CalendarQuery.date("from", from);
		LocalDate end = CalendarQuery.date("to", to);
		if (Math.abs(ChronoUnit.DAYS.between(start, end)) > MAX_SPAN_DAYS) {
			throw CalendarQuery.outOfRange("to", "Parameter to must be within 100 years of from");
		}
		return new WorkingDays(this.calendars.current().workingDaysBetween(start, end));
	}

	@GetMapping("/working-day")
	WorkingDay workingDay(@RequestParam(required = false) String date) {
		LocalDate day = CalendarQuery.date("date", date);
		return new WorkingDay(day, this.calendars.current().isWorkingDay(day));
	}

	/**
	 * @param due the due date
	 * @param bankHolidaysKnown whether the bank-holiday data covers it; when not, bank
	 * holidays were not skipped
	 * @param bankHolidaysLastYear the last year the bank-holiday data covers
	 */
	record Due(LocalDate due, boolean bankHolidaysKnown, int bankHolidaysLastYear) {
	}

	record WorkingDays(int workingDays) {
	}

	record WorkingDay(LocalDate date, boolean workingDay) {
	}

}
