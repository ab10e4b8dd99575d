package org.candour.admin.reports;

/** A value offered by a radio, checkbox or select, with its label. */
record Choice(String value, String label) {
}
