package org.candour.admin.publish;

import java.util.List;

/**
 * A problem as the page's error summary lists it.
 *
 * @param href the field it links to ({@code #comment})
 * @param message what to do, in plain words
 */
record PageProblem(String href, String message) {

	/** None when {@code message} is null, else the one problem. */
	static List<PageProblem> at(String href, String message) {
		return message == null ? List.of() : List.of(new PageProblem(href, message));
	}

}
