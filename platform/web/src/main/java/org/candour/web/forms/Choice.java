package org.candour.web.forms;

/**
 * One answer that can be picked in a select, radios or checkboxes question.
 *
 * @param hint when to pick it, shown under it in radios and checkboxes; null when none
 */
public record Choice(String value, String label, String hint) {

	public Choice(String value, String label) {
		this(value, label, null);
	}

}
