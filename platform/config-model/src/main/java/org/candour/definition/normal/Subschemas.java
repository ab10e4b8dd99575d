package org.candour.definition.normal;

import java.util.List;
import java.util.function.BiConsumer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Walks the subschemas of a JSON Schema (2020-12 applicators), visiting each object
 * schema before its children, with its JSON pointer. A visitor may change the schema it
 * is given: the walk goes on into what it left there.
 */
final class Subschemas {

	private static final List<String> MAPS = List.of("properties", "patternProperties", "$defs", "dependentSchemas");

	private static final List<String> SINGLE = List.of("additionalProperties", "unevaluatedProperties", "items",
			"contains", "not", "if", "then", "else", "propertyNames", "unevaluatedItems");

	private static final List<String> LISTS = List.of("allOf", "anyOf", "oneOf", "prefixItems");

	private Subschemas() {
	}

	static void visit(JsonNode schema, String pointer, BiConsumer<ObjectNode, String> visitor) {
		if (!(schema instanceof ObjectNode object)) {
			return;
		}
		visitor.accept(object, pointer);
		for (String map : MAPS) {
			object.path(map)
				.properties()
				.forEach(entry -> visit(entry.getValue(), pointer + "/" + map + "/" + escape(entry.getKey()), visitor));
		}
		for (String single : SINGLE) {
			visit(object.path(single), pointer + "/" + single, visitor);
		}
		for (String list : LISTS) {
			JsonNode items = object.path(list);
			for (int i = 0; i < items.size(); i++) {
				visit(items.get(i), pointer + "/" + list + "/" + i, visitor);
			}
		}
	}

	static String escape(String token) {
		return token.replace("~", "~0").replace("/", "~1");
	}

}
