package org.candour.admin;

import tools.jackson.databind.JsonNode;

/** The English of a configured text: a plain string, or {@code {"en": …, "cy": …}}. */
public final class Texts {

	private Texts() {
	}

	public static String english(JsonNode text, String otherwise) {
		if (text == null || text.isMissingNode() || text.isNull()) {
			return otherwise;
		}
		String english = text.isString() ? text.asString() : text.path("en").asString("");
		return english.isBlank() ? otherwise : english;
	}

}
