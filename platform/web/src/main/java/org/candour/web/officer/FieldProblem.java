package org.candour.web.officer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A problem with what was sent, for the GOV.UK error summary ({@code officer/forms ::
 * errors}) and its field.
 *
 * @param field the field's name
 * @param href where the summary links to (the field's first input)
 * @param message what to do, in plain words
 */
public record FieldProblem(String field, String href, String message) {

	public static FieldProblem of(String field, String message) {
		return new FieldProblem(field, "#" + field, message);
	}

	/** The first message of each field. */
	public static Map<String, String> byField(List<FieldProblem> problems) {
		Map<String, String> messages = new HashMap<>();
		problems.forEach(problem -> messages.putIfAbsent(problem.field(), problem.message()));
		return messages;
	}

}
