/**
 * Queues: reads of many cases at once. The officer workspace's queues
 * ({@link CaseQueues}: counts and a sorted page, from each tenant's open cases held in
 * memory and kept up to date from {@link org.candour.cases.CaseStored}) and searches
 * ({@link CaseQueries}: filtered, sorted and paged in the store), both by
 * {@link CaseCriteria}. Never changes a case. Uses cases (the stored cases, through
 * {@link org.candour.cases.CaseDocuments}), tenancy, workflow (clocks), the definition
 * model and API conventions.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Queues",
		allowedDependencies = { "api", "cases", "definition :: model", "tenancy", "workflow" })
package org.candour.queues;
