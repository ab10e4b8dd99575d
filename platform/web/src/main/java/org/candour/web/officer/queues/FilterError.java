package org.candour.web.officer.queues;

/**
 * A problem with what was typed, for the GOV.UK error summary and the field.
 *
 * @param field the name of the field
 * @param href where the summary links to (the field's first input)
 * @param message what to do, in plain words
 */
record FilterError(String field, String href, String message) implements java.io.Serializable {

	/** The first message of each field. */
	static java.util.Map<String, String> byField(java.util.List<FilterError> errors) {
		java.util.Map<String, String> messages = new java.util.HashMap<>();
		errors.forEach(error -> messages.putIfAbsent(error.field(), error.message()));
		return messages;
	}

}
