package org.candour.admin.forms;

/**
 * A kind of question as a radio offers it.
 *
 * @param value the kind (see {@code FormEditor.KINDS})
 * @param label the kind in words
 */
record KindChoice(String value, String label) {
}
