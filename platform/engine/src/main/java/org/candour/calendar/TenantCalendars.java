package org.candour.calendar;

/**
 * The working-day calendars of tenants, as their active configuration defines them.
 * Implemented by the configuration module.
 */
public interface TenantCalendars {

	/** The calendar of the tenant of the current request. */
	WorkingDayCalendar current();

}
