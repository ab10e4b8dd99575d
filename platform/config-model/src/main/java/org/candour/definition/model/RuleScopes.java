package org.candour.definition.model;

import tools.jackson.databind.JsonNode;

/**
 * A rule condition's {@code scope} ({@code #}, {@code #/properties/a},
 * {@code #/properties/a/properties/b}) as a path into the data ({@code ""}, {@code a},
 * {@code a/b}), and the value at such a path.
 */
public final class RuleScopes {

	private static final String PROPERTIES = "/properties/";

	private RuleScopes() {
	}

	/** The data path of {@code scope}: {@code ""} for {@code #}, the whole data. */
	public static String path(String scope) {
		String rest = scope.startsWith("#") ? scope.substring(1) : scope;
		return rest.replace(PROPERTIES, "/").replaceFirst("^/", "");
	}

	/** The value at {@code path} in {@code data}; {@code null} when there is none. */
	public static JsonNode at(JsonNode data, String path) {
		JsonNode value = data;
		if (!path.isEmpty()) {
			for (String name : path.split("/")) {
				value = (value == null) ? null : value.get(name);
			}
		}
		return (value == null || value.isNull() || value.isMissingNode()) ? null : value;
	}

}
