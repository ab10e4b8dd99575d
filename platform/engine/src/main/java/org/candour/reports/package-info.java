/**
 * The reporting engine (issue 14, being built): a report's conditions as MongoDB filters
 * on stored cases, using only operators the embedded server supports, so that a report
 * counts exactly the cases the same condition accepts on the case screen; report
 * definitions run as aggregations ({@link org.candour.reports.ReportRunner}: count,
 * percentage, sum, avg, min, max, median, distinct and the working days between two case
 * events, by dimensions, period and filters, org units at the time or remapped) in parts
 * whose figures merge ({@link org.candour.reports.Partial}); and the periods a report is
 * run for ({@link org.candour.reports.ReportPeriods}). No job or page calls it yet. Uses
 * the cases' stored documents, the configuration model and the working-day calendar.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reports",
		allowedDependencies = { "api", "calendar", "cases", "config", "definition :: model" })
package org.candour.reports;
