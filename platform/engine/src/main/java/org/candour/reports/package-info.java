/**
 * The reporting engine (issue 14, being built): a report's conditions as MongoDB filters
 * on stored cases, using only operators the embedded server supports, so that a report
 * counts exactly the cases the same condition accepts on the case screen; report
 * definitions run as aggregations ({@link org.candour.reports.ReportRunner}: count,
 * percentage, sum, avg, min, max, median, distinct and the working days between two case
 * events, by dimensions, period and filters, org units at the time or remapped) in parts
 * whose figures merge ({@link org.candour.reports.Partial}); and the periods a report is
 * run for ({@link org.candour.reports.ReportPeriods}); runs as Spring Batch jobs on the
 * MongoDB job repository, partitioned by feedback type and restartable
 * ({@link org.candour.reports.ReportRuns}), on demand or on each report's schedule, with
 * an immutable stored result, published snapshots and the API over them. A report may
 * count another source than the cases (learning records and actions, QA samples, service
 * standards, survey and equality answer counts), read through those modules' public APIs
 * ({@link org.candour.reports.SourceFacts}) and counted in memory; the answer sources'
 * small numbers are suppressed as the survey module suppresses them, and only the readers
 * of equality data run or read a report over equality answers
 * ({@link org.candour.reports.ReportAccess}). Uses the cases' stored documents, the
 * configuration model, the working-day calendar, tenancy, and the learning, qa, standards
 * and surveys modules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reports", allowedDependencies = { "api", "calendar",
		"cases", "config", "definition", "definition :: model", "tenancy", "learning", "qa", "standards", "surveys" })
package org.candour.reports;
