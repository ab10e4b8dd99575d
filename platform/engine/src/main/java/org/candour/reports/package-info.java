/**
 * The reporting engine (issue 14, being built): a report's conditions as MongoDB filters
 * on stored cases, using only operators the embedded server supports, so that a report
 * counts exactly the cases the same condition accepts on the case screen; and report
 * definitions run as aggregations ({@link org.candour.reports.ReportRunner}: count, sum
 * and percentage measures by dimensions, period and filters, org units at the time or
 * remapped). No API, job or page calls it yet. Uses the cases' stored documents and the
 * configuration model.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reports",
		allowedDependencies = { "api", "cases", "config", "definition", "definition :: model", "tenancy" })
package org.candour.reports;
