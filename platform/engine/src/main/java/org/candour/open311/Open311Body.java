package org.candour.open311;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An Open311 answer as its XML and JSON forms share it: named values in order, where a
 * value may be a list of items ({@link Items}: in XML an element of repeated item
 * elements, in JSON an array).
 */
final class Open311Body {

	private final Map<String, Object> values = new LinkedHashMap<>();

	Open311Body put(String name, Object value) {
		this.values.put(name, value);
		return this;
	}

	Map<String, Object> values() {
		return this.values;
	}

	/**
	 * A list: the element named {@code name} holds one {@code item} element per body.
	 */
	record Items(String name, String item, List<Open311Body> bodies) {

		Items {
			bodies = List.copyOf(bodies);
		}

	}

}
