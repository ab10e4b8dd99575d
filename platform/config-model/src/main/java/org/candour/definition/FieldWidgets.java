package org.candour.definition;

import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * Which widget asks for a property: the UI hint's widget when it names one, else what the
 * property's schema implies (boolean → yes/no, array → checkboxes, object → address,
 * number, date and email formats, a choice list → radios up to six options and a select
 * above, a long maximum length → a text area). Forms and action inputs may leave out any
 * hint this derivation already gives.
 */
public final class FieldWidgets {

	/** The widgets a UI hint may name. */
	public static final Set<String> KINDS = Set.of("text", "textarea", "number", "date", "email", "phone", "address",
			"select", "radios", "checkboxes", "yes-no", "file");

	private static final int RADIOS_UP_TO = 6;

	private static final int LONG_TEXT_FROM = 500;

	private FieldWidgets() {
	}

	/** The widget of {@code property} given the hint's {@code widget} (null: none). */
	public static String kind(String widget, JsonNode property) {
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

}
