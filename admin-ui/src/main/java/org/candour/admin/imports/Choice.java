package org.candour.admin.imports;

/** A choice of a radio or a select. */
record Choice(String value, String label) {
}
