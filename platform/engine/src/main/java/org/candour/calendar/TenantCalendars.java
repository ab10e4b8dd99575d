package org.candour.calendar;

import org.candour.config.ConfigVersion;

/** The working-day calendars of tenants, as their configuration defines them. */
public interface TenantCalendars {

	/** The calendar of the current tenant's active configuration. */
	WorkingDayCalendar current();

	/**
	 * The calendar of one of the current tenant's configuration versions (a case's pinned
	 * version).
	 */
	WorkingDayCalendar of(ConfigVersion version);

}
