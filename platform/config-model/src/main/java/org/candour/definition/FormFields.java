package org.candour.definition;

import java.util.LinkedHashSet;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * The data fields a form's schema declares, as JSON pointers ({@code /summary},
 * {@code /address/postcode}).
 */
public final class FormFields {

	private static final String[] COMBINATORS = { "allOf", "anyOf", "oneOf" };

	private static final String[] BRANCHES = { "if", "then", "else", "not" };

	private FormFields() {
	}

	public static Set<String> of(ConfigDocument form) {
		Set<String> fields = new LinkedHashSet<>();
		collect(form.spec().path("schema"), "", fields);
		return fields;
	}

	/**
	 * The pointers a (sub)schema over some object mentions in properties and required.
	 */
	public static void collect(JsonNode schema, String prefix, Set<String> into) {
		if (!schema.isObject()) {
			return;
		}
		schema.path("properties").properties().forEach(entry -> {
			String pointer = prefix + "/" + entry.getKey();
			into.add(pointer);
			collect(entry.getValue(), pointer, into);
		});
		schema.path("required").forEach(name -> into.add(prefix + "/" + name.asString("")));
		for (String combinator : COMBINATORS) {
			schema.path(combinator).forEach(branch -> collect(branch, prefix, into));
		}
		for (String branch : BRANCHES) {
			collect(schema.path(branch), prefix, into);
		}
	}

}
