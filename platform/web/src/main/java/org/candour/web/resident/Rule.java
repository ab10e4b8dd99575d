package org.candour.web.resident;

import tools.jackson.databind.JsonNode;

/**
 * A UI-hint rule: the question is shown (SHOW) or hidden (HIDE) when the answer to
 * {@code field} satisfies {@code schema}.
 */
public record Rule(boolean show, String field, JsonNode schema) {

	static Rule of(JsonNode rule) {
		if (rule == null || !rule.isObject()) {
			return null;
		}
		String scope = rule.path("condition").path("scope").asString("");
		String field = scope.startsWith("#/properties/") ? scope.substring("#/properties/".length()) : scope;
		int nested = field.indexOf("/properties/");
		if (nested >= 0) {
			field = field.substring(0, nested);
		}
		return new Rule(!"HIDE".equals(rule.path("effect").asString("SHOW")), field,
				rule.path("condition").path("schema"));
	}

}
