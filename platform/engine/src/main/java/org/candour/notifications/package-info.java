/**
 * Notifications to residents: the acknowledgement of a new case (its feedback type's
 * {@code acknowledgementTemplate}) and the {@code notify} effects of workflow actions,
 * rendered from the tenant's {@code notification-template} configuration in the case's
 * language. Each notification is written first to a tenant-scoped outbox under an id
 * derived from the case, template and trigger (so a repeat is a no-op), then sent through
 * the tenant's provider (SMTP by default, or GOV.UK Notify); failed sends are retried
 * with backoff by a sweep that claims each notification with one conditional update. Once
 * a case closes, its resident is invited to its feedback type's survey (module surveys).
 * Sending never affects the case. Uses cases, the configuration store, security (tracking
 * links), tenancy and the API conventions.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications", allowedDependencies = { "api", "cases",
		"config", "definition", "definition :: model", "security", "surveys", "tenancy", "workflow" })
package org.candour.notifications;
