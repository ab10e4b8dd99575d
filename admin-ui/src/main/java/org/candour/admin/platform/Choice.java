package org.candour.admin.platform;

/**
 * One option of radios.
 *
 * @param value what is posted
 * @param label what the administrator reads
 */
record Choice(String value, String label) {
}
