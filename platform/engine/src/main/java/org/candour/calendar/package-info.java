/**
 * The working-day calendar that every clock counts in: UK bank holidays by division (a
 * shipped copy of the GOV.UK feed that an operator may replace with a newer file), a
 * tenant's closure days and cut-off time, the "day of receipt is day 0" convention, and
 * an HTTP API to check due dates. Uses the API conventions module; the configuration
 * module supplies each tenant's calendar only by implementing {@link TenantCalendars}, so
 * this module does not depend on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Working-day calendar",
		allowedDependencies = { "api", "config", "definition", "definition :: model", "tenancy" })
package org.candour.calendar;
