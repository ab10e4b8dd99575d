/**
 * Cases: the case engine. A feedback case of any configured type, logged against the
 * tenant's active configuration version (to which it stays pinned), moved through its
 * workflow by actions whose roles, guards, inputs and effects come from configuration,
 * with working-day clocks and an append-only, hash-chained history. Every user-visible
 * change is one conditional write of the case document, announced as {@link CaseStored}.
 * Complainant contact details live apart, in the people part. Its API is the commands
 * ({@link LogCase}, {@link TakeAction}, {@link TriageCase}, {@link EditCaseData},
 * {@link BulkAction}), the aggregate ({@link FeedbackCase}), the services that run them
 * ({@link CaseIntake}, {@link CaseActions}, {@link CaseDataEdits}, {@link CaseNotes},
 * {@link CaseMetaUpdates} for facts other modules keep on a case,
 * {@link CaseRestructures} for open cases in units a restructure ends…), the lookups
 * ({@link CaseLookup}, {@link CaseRecords}, {@link CaseDocuments}) and the events; the
 * queues, the REST API ({@code casesapi}) and the demo-data generator ({@code demo}) are
 * modules of their own that use it. Uses the definition model, tenancy, configuration
 * store, calendar, workflow, MongoDB settings and API conventions.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cases", allowedDependencies = { "api", "calendar",
		"config", "definition", "definition :: model", "mongo", "tenancy", "workflow" })
package org.candour.cases;
