/**
 * Remedies and redress: the remedies offered on a case (apology, explanation, service put
 * right, payments… — a kind from the tenant's {@code remedy-kinds} code list, where the
 * group {@code financial} marks a payment that needs an amount in pounds), each proposed,
 * then approved or declined, and a payment then paid with its date and reference.
 * Approving a payment needs a delegated limit at least its amount: the highest
 * {@code remedyLimit} of the tenant's role documents whose base role the approver holds.
 * Every change is one conditional write of the remedy on its id and version; after it the
 * case's {@code meta.remedies} totals are recomputed for reports. Uses API conventions,
 * cases, configuration, the definition model and tenancy.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Remedies",
		allowedDependencies = { "api", "cases", "config", "definition :: model", "tenancy" })
package org.candour.remedies;
