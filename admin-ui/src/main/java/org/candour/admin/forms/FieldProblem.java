package org.candour.admin.forms;

/**
 * A problem with one field of a page, as the GOV.UK error summary links to it.
 *
 * @param field the id of the field (its first input)
 * @param message what to do, in plain words
 */
record FieldProblem(String field, String message) {

	public String href() {
		return "#" + this.field;
	}

}
