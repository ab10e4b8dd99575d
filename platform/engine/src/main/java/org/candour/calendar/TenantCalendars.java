package org.candour.calendar;

import org.candour.config.ConfigVersion;
import org.candour.definition.model.CalendarDefinition;

/** The working-day calendars of tenants, as their configuration defines them. */
public interface TenantCalendars {

	/** The calendar of the current tenant's active configuration. */
	WorkingDayCalendar current();

	/**
	 * The calendar of one of the current tenant's configuration versions (a case's pinned
	 * version).
	 */
	WorkingDayCalendar of(ConfigVersion version);

	/**
	 * The calendar a calendar document defines (a draft's, before it is published); the
	 * current tenant's division alone when {@code null}.
	 */
	WorkingDayCalendar defined(CalendarDefinition calendar);

}
