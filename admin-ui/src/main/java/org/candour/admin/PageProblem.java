package org.candour.admin;

/**
 * A problem with one field of an administration page, as the GOV.UK error summary links
 * to it.
 *
 * @param field the id of the field (its first input)
 * @param message what to do, in plain words
 */
public record PageProblem(String field, String message) {

	public String href() {
		return "#" + this.field;
	}

}
