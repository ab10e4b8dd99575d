package org.candour.qa;

import tools.jackson.databind.JsonNode;

/** Configured text (plain, or translations with English required) in English. */
final class Texts {

	private Texts() {
	}

	static String english(JsonNode text) {
		if (text == null || text.isNull() || text.isMissingNode()) {
			return null;
		}
		return text.isString() ? text.asString() : text.path("en").asString(null);
	}

}
