/**
 * Imports: bringing a council's existing caseload across from spreadsheets and the old
 * system. A saved mapping per tenant ({@link org.candour.imports.ImportMapping}) says
 * which column holds each form field, the contact details, the org unit (with a table for
 * old directorate names), the officer, the state (old status to workflow state), the
 * dates the case was received and moved on, and the outcome (old value to code). A CSV or
 * XLSX file (read a row at a time) is dry-run (every row's problems by row and column,
 * nothing stored) or imported through {@code cases.CaseImports}: one case per key column
 * value, ever, with progress stored after each row so an interrupted import carries on
 * where it stopped. Uses API conventions, cases, the active configuration, the definition
 * model and tenancy.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Imports",
		allowedDependencies = { "api", "cases", "config", "definition :: model", "tenancy" })
package org.candour.imports;
