/**
 * Cases: a feedback case of any configured type, logged against the tenant's active
 * configuration version (to which it stays pinned), moved through its workflow by actions
 * whose roles, guards, inputs and effects come from configuration, with working-day
 * clocks and an append-only, hash-chained history. Every user-visible change is one
 * conditional write of the case document. Complainant contact details live apart, in the
 * people part. Uses the definition model, tenancy, configuration store, calendar,
 * workflow and API conventions.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cases", allowedDependencies = { "api", "calendar",
		"config", "definition", "definition :: model", "mongo", "tenancy", "workflow" })
package org.candour.cases;
