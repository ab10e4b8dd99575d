/**
 * Workflows at run time: the arithmetic of a case's clocks ({@link Clocks}: start, pause,
 * resume, extend, stop, breach and RAG status) counted in a tenant's working-day
 * calendar. Uses the definition model and the working-day calendar; holds no state and
 * stores nothing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workflow",
		allowedDependencies = { "calendar", "definition", "definition :: model" })
package org.candour.workflow;
