/**
 * The imports pages: a CSV or XLSX export dry-run or imported with a saved mapping, the
 * report of each run, and each mapping's tables.
 */
package org.candour.admin.imports;
