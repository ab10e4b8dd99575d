/**
 * Retention and disposal: each feedback type's retention rule (its
 * {@code dataProtection}: {@code retentionMonths}, counted from closure or the last
 * activity, then anonymise or delete), a nightly job that disposes of the closed cases
 * past it (through {@code cases.CaseDisposal}), legal hold on a case, a disposal log
 * (what, when, under which rule — never the data) and a dry run of what a day's run would
 * dispose of. Rules come from the tenant's active configuration, so a changed period
 * applies to every case. Uses API conventions, cases, the active configuration, the
 * definition model and tenancy.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Retention",
		allowedDependencies = { "api", "cases", "config", "definition :: model", "tenancy" })
package org.candour.retention;
