/**
 * Service standards: the standards a tenant monitors (its {@code service-standard}
 * documents: a share of cases closed within a time of allocation or receipt, a share of
 * cases meeting a workflow clock, open cases older than a limit, open cases per officer),
 * each computed from the current cases whenever it is read — for the tenant and, where
 * configured, per team — with the cases counted and the breaches behind each figure.
 * Working days come from the tenant's calendar, each case counted in the calendar of the
 * configuration version it is pinned to. Nothing is stored. Uses API conventions, the
 * calendar, cases (their stored documents), the active configuration, the definition
 * model and tenancy.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Service standards",
		allowedDependencies = { "api", "calendar", "cases", "config", "definition :: model", "tenancy" })
package org.candour.standards;
