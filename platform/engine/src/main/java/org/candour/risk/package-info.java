/**
 * Risk assessment of cases: keeps {@code meta.risk} on every case whose outcome records a
 * risk assessment (category, high-risk flags, when and by whom it was assessed, and
 * whether case data changed since, so it needs re-assessing), and announces a case newly
 * flagged high risk ({@link CaseFlaggedHighRisk}). The assessment itself is recorded by
 * workflow actions (the base pack's {@code risk-assessment} fieldset) and required by the
 * {@code risk-assessed} rule. Uses cases, API conventions and tenancy.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Risk",
		allowedDependencies = { "api", "cases", "tenancy" })
package org.candour.risk;
