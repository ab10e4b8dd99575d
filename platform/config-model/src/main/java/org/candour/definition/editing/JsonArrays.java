package org.candour.definition.editing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Arrays of configuration JSON read by a key: an item found, its place, all keys,
 * strings.
 */
final class JsonArrays {

	private JsonArrays() {
	}

	static ObjectNode find(JsonNode array, String key, String value) {
		int index = indexOf(array, key, value);
		return (index < 0) ? null : (ObjectNode) array.get(index);
	}

	static int indexOf(JsonNode array, String key, String value) {
		for (int i = 0; i < array.size(); i++) {
			if (value.equals(array.get(i).path(key).asString(null))) {
				return i;
			}
		}
		return -1;
	}

	static Set<String> ids(JsonNode array, String key) {
		Set<String> ids = new HashSet<>();
		array.forEach(item -> ids.add(item.path(key).asString("")));
		return ids;
	}

	static List<String> strings(JsonNode array) {
		List<String> strings = new ArrayList<>();
		if (array != null) {
			array.forEach(item -> strings.add(item.asString("")));
		}
		return strings;
	}

}
