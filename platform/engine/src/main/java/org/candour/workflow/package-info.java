/**
 * Workflows at run time: the states, transitions, effects and clocks of a workflow
 * document read into {@link WorkflowDefinition}, and the arithmetic of a case's clocks
 * ({@link Clocks}: start, pause, resume, extend, stop, breach and RAG status) counted in
 * a tenant's working-day calendar. Uses the definition model and the working-day
 * calendar; holds no state and stores nothing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workflow",
		allowedDependencies = { "calendar", "definition" })
package org.candour.workflow;
