package org.candour.web.officer.reports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A problem with what was sent, for the GOV.UK error summary and the field.
 *
 * @param field the field's name
 * @param href where the summary links to (the field's first input)
 * @param message what to do, in plain words
 */
record FormError(String field, String href, String message) {

	/** The first message of each field. */
	static Map<String, String> byField(List<FormError> errors) {
		Map<String, String> messages = new HashMap<>();
		errors.forEach(error -> messages.putIfAbsent(error.field(), error.message()));
		return messages;
	}

}
