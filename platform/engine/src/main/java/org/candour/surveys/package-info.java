/**
 * Feedback on the complaint service: the short survey a resident is invited to once their
 * case closes (its feedback type's {@code survey}: a form of questions, answered once per
 * case through a signed link), kept apart from the case so that it can be anonymous — the
 * resident chooses whether the answers are linked to the case; anonymous answers keep
 * only the feedback type and the month the case closed. Then equality monitoring: the
 * optional questions of the survey's equality form, stored with no link to the case or
 * the person at all, read record by record only by {@code EQUALITY_ANALYST} and otherwise
 * in aggregate, with counts below 5 suppressed and a second count suppressed wherever one
 * could be worked out from the total. Uses API conventions, cases, the active
 * configuration, the definition model, security (signed survey links) and tenancy.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Service surveys and equality monitoring",
		allowedDependencies = { "api", "cases", "config", "definition", "definition :: model", "security", "tenancy" })
package org.candour.surveys;
