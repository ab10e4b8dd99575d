package org.candour.web.resident;

import java.util.Set;

import tools.jackson.databind.JsonNode;

/** Which field fragment renders a property: the UI hint's widget, else its schema. */
public final class FieldKinds {

	static final Set<String> KINDS = Set.of("text", "textarea", "number", "date", "email", "phone", "address", "select",
			"radios", "checkboxes", "yes-no", "file");

	private static final int RADIOS_UP_TO = 6;

	private static final int LONG_TEXT_FROM = 500;

	private FieldKinds() {
	}

	static String kind(String widget, JsonNode property) {
		String type = property.path("type").asString("");
		if ("address".equals(widget) && !"object".equals(type)) {
			// an address kept as one string is asked in one box, not in address lines
			return "textarea";
		}
		if (widget != null && KINDS.contains(widget)) {
			return widget;
		}
		String format = property.path("format").asString("");
		if ("boolean".equals(type)) {
			return "yes-no";
		}
		if ("array".equals(type)) {
			return "checkboxes";
		}
		if ("object".equals(type)) {
			return "address";
		}
		if ("number".equals(type) || "integer".equals(type)) {
			return "number";
		}
		if ("date".equals(format)) {
			return "date";
		}
		if ("email".equals(format)) {
			return "email";
		}
		int options = property.path("enum").size() + property.path("oneOf").size();
		if (options > 0) {
			return options <= RADIOS_UP_TO ? "radios" : "select";
		}
		return property.path("maxLength").asInt(0) >= LONG_TEXT_FROM ? "textarea" : "text";
	}

	public static String humanise(String value) {
		String spaced = value.replace('-', ' ').replace('_', ' ');
		return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
	}

}
