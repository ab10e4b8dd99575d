package org.candour.web.forms;

import org.candour.definition.FieldWidgets;
import tools.jackson.databind.JsonNode;

/**
 * Which field fragment renders a property ({@link FieldWidgets}), and values in words.
 */
public final class FieldKinds {

	private FieldKinds() {
	}

	/** See {@link FieldWidgets#kind(String, JsonNode)}. */
	static String kind(String widget, JsonNode property) {
		return FieldWidgets.kind(widget, property);
	}

	public static String humanise(String value) {
		String spaced = value.replace('-', ' ').replace('_', ' ');
		return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
	}

}
