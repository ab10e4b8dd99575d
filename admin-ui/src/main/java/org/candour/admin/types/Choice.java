package org.candour.admin.types;

/**
 * One option of a select or radios.
 *
 * @param value what is posted
 * @param label what the administrator reads
 */
record Choice(String value, String label) {
}
