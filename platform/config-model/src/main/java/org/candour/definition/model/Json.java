package org.candour.definition.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/** Reading optional members of workflow documents: absent members become {@code null}. */
final class Json {

	private Json() {
	}

	/** The member, or {@code null} when absent (a JSON {@code null} is kept). */
	static JsonNode node(JsonNode parent, String name) {
		return parent.get(name);
	}

	/** The member as text, or {@code null} when absent or JSON {@code null}. */
	static String text(JsonNode parent, String name) {
		JsonNode value = parent.get(name);
		return (value == null || value.isNull()) ? null : value.asString();
	}

	static List<String> strings(JsonNode parent, String name) {
		List<String> values = new ArrayList<>();
		parent.path(name).forEach(value -> values.add(value.asString()));
		return List.copyOf(values);
	}

	static Set<String> stringSet(JsonNode parent, String name) {
		return ordered(strings(parent, name));
	}

	/** An unmodifiable copy that keeps the given order; empty for {@code null}. */
	static Set<String> ordered(Iterable<String> values) {
		Set<String> copy = new LinkedHashSet<>();
		if (values != null) {
			values.forEach(copy::add);
		}
		return Collections.unmodifiableSet(copy);
	}

}
