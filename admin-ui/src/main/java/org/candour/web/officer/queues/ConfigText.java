package org.candour.web.officer.queues;

import tools.jackson.databind.JsonNode;

/**
 * Text written in configuration, for staff pages (English): a plain string, or the
 * English of a translated one ({@code {"en": …, "cy": …}}).
 */
final class ConfigText {

	private ConfigText() {
	}

	static String english(JsonNode node, String fallback) {
		if (node == null || node.isNull() || node.isMissingNode()) {
			return fallback;
		}
		JsonNode text = node.isObject() ? node.path("en") : node;
		return text.isString() && !text.asString().isBlank() ? text.asString() : fallback;
	}

}
