package org.candour.definition.model;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/** What the fields that Open311 request parameters fill are. */
public final class Open311Fields {

	/** Parameters whose value is a number (the others are text). */
	public static final java.util.Set<String> NUMERIC = java.util.Set.of("lat", "long");

	private Open311Fields() {
	}

	/**
	 * The schema of the data field at {@code pointer} (through {@code properties}), or a
	 * missing node.
	 */
	public static JsonNode schemaAt(JsonNode schema, String pointer) {
		JsonNode at = schema;
		for (String name : pointer.substring(1).split("/", -1)) {
			at = at.path("properties").path(name.replace("~1", "/").replace("~0", "~"));
		}
		return (at == null || at.isMissingNode()) ? MissingNode.getInstance() : at;
	}

	/**
	 * The JSON type of the field at {@code pointer} ({@code null} when it declares none).
	 */
	public static String typeAt(Form form, String pointer) {
		JsonNode type = schemaAt(form.schema(), pointer).path("type");
		return type.isString() ? type.asString() : null;
	}

}
