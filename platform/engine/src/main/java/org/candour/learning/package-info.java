/**
 * Learning and action plans: a learning record (statement, theme from the tenant's
 * {@code learning-themes} code list, the cases it came from, the org unit of its first
 * case, optional public wording) with its actions embedded, each with an owner, start and
 * due dates (a date, or working days after the start in the tenant's calendar), how it is
 * reviewed, checked and measured, and a state (planned, in progress, done, verified).
 * Records are kept apart from cases, so they outlive case closure; every change is one
 * conditional write of the record on its id and version. Overdue is derived from the
 * application clock, never stored. After a change the linked cases' {@code meta.learning}
 * counts are recomputed for guards. Uses API conventions, cases, calendar, configuration,
 * the definition model and tenancy. Other modules use {@link LearningPlans} and the views
 * it returns.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Learning",
		allowedDependencies = { "api", "calendar", "cases", "config", "definition :: model", "tenancy" })
package org.candour.learning;
