/**
 * Saved answers: what a resident has answered so far in a feedback journey, kept beyond
 * the browser session under a random key (held in a cookie of that browser) for
 * {@code candour.resident.saved-answers-expiry}, so that a session that ends while they
 * think or step away costs them no more than the page they were on. Stored through the
 * tenant-scoped database, swept when expired and forgotten once the feedback is sent.
 * Uses tenancy.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Saved answers", allowedDependencies = { "tenancy" })
package org.candour.journeys;
