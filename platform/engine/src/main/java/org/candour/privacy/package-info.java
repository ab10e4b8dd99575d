/**
 * Privacy: a person's rights over what the tenant holds about them (UK GDPR). Subject
 * access finds every case and record about a person — by email, phone, name, address or a
 * case reference, matched on normalised values — and exports them as one bundle (JSON, a
 * readable PDF and the files); erasure removes a person's details from their closed cases
 * and redaction removes one field of one case, both through {@code cases}, which keeps
 * the history chain verifiable. Every export, erasure and redaction is in the privacy log
 * and the security log. Uses API conventions, attachments, cases, learning,
 * notifications, remedies, the reports' PDF rendering, security (the security log),
 * surveys (the answers a resident linked to their case) and tenancy.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Privacy", allowedDependencies = { "api", "attachments",
		"cases", "learning", "notifications", "remedies", "reports :: output", "security", "surveys", "tenancy" })
package org.candour.privacy;
