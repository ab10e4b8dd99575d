/**
 * The imports pages: a mapping built from an export in three steps (name, feedback type
 * and file; which column holds what, guessed from the headers; what each old directorate,
 * status and outcome becomes), a CSV or XLSX export dry-run or imported with a saved
 * mapping, the report of each run, and each mapping's tables.
 */
package org.candour.admin.imports;
