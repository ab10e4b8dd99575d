/**
 * Case API: the REST endpoints for cases under {@code /api/tenants/{tenant}/cases} — log,
 * search and count, read, act, link, history and its verification, data edits, notes,
 * contact details and migration to another configuration version. Controllers only: they
 * read request bodies into the case engine's commands and show cases as
 * {@link org.candour.cases.CaseResource}. Uses cases, queues (searches), the definition
 * model and API conventions.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Case API",
		allowedDependencies = { "api", "cases", "definition :: model", "queues" })
package org.candour.casesapi;
