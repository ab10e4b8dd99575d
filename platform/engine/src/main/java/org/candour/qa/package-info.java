/**
 * Quality assurance sampling: each month, by the tenant's {@code qa-policy}, a sampling
 * run draws cases (line-manager sampling of each officer's open cases, central sampling
 * of a share of the cases closed in the month before, thematic reviews of the cases a
 * condition selects) deterministically from a seed; each drawn case is a sample in the QA
 * work queue, scored by a manager and/or a central QA reviewer against the policy's
 * outcome and method standards (yes, no or partly, with a comment). The figures compare
 * the month's samples with the policy's targets: outcome and method requirements met,
 * agreement between managers' and central scores, and sampling done. Runs happen on the
 * application clock (a scheduled tick per tenant) or by hand; every change of a sample is
 * one conditional write. Uses API conventions, cases (the stored cases, read only),
 * calendar (the tenant's zone), configuration, the definition model and tenancy. Other
 * modules use {@link QualityAssurance} and the records it returns.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Quality assurance",
		allowedDependencies = { "api", "calendar", "cases", "config", "definition", "definition :: model", "tenancy" })
package org.candour.qa;
