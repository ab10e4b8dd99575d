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

	private static final String[] CONSEQUENCES = { "then", "else" };

	private FormFields() {
	}

	public static Set<String> of(ConfigDocument form) {
		Set<String> fields = new LinkedHashSet<>();
		collect(form.spec().path("schema"), "", fields);
		return fields;
	}

	/**
	 * The pointers that a schema may require: named by a {@code required} (or
	 * {@code dependentRequired}) at any depth, always or under a condition ({@code then},
	 * {@code else}, {@code allOf}, {@code anyOf}, {@code oneOf}). What an {@code if} or a
	 * {@code not} names is a condition, not a requirement.
	 */
	public static Set<String> required(JsonNode schema) {
		Set<String> found = new LinkedHashSet<>();
		collectRequired(schema, "", found);
		return found;
	}

	private static void collectRequired(JsonNode schema, String prefix, Set<String> into) {
		if (!schema.isObject()) {
			return;
		}
		schema.path("required").forEach(name -> into.add(prefix + "/" + name.asString("")));
		schema.path("dependentRequired")
			.properties()
			.forEach(entry -> entry.getValue().forEach(name -> into.add(prefix + "/" + name.asString(""))));
		schema.path("properties")
			.properties()
			.forEach(entry -> collectRequired(entry.getValue(), prefix + "/" + entry.getKey(), into));
		for (String combinator : COMBINATORS) {
			schema.path(combinator).forEach(branch -> collectRequired(branch, prefix, into));
		}
		for (String consequence : CONSEQUENCES) {
			collectRequired(schema.path(consequence), prefix, into);
		}
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
