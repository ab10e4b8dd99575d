package org.candour.definition.normal;

import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The conjunction of two JSON Schemas written as one schema where their keywords do not
 * collide: {@code required} lists are joined, {@code properties} merge property by
 * property, {@code allOf} lists are joined and equal keywords are kept once. What would
 * collide (a second {@code if}, a different {@code type}, a schema that restricts
 * additional properties) is kept apart in {@code allOf}, so the result always accepts
 * exactly what both accept.
 */
final class SchemaMerge {

	private static final Set<String> CONDITIONAL = Set.of("if", "then", "else");

	private static final Set<String> CLOSED = Set.of("additionalProperties", "unevaluatedProperties",
			"patternProperties");

	private SchemaMerge() {
	}

	static JsonNode merge(JsonNode first, JsonNode second) {
		if (second == null || second.isMissingNode() || second.isBoolean() && second.asBoolean()) {
			return first.deepCopy();
		}
		if (first == null || first.isMissingNode() || first.isBoolean() && first.asBoolean()) {
			return second.deepCopy();
		}
		if (!first.isObject() || !second.isObject()) {
			return JsonNodeFactory.instance.booleanNode(false);
		}
		ObjectNode result = (ObjectNode) first.deepCopy();
		if (closed(result) || closed(second)) {
			return withApart(result, (ObjectNode) second.deepCopy());
		}
		ObjectNode apart = JsonNodeFactory.instance.objectNode();
		boolean conditionApart = result.has("if") && second.has("if") && !sameCondition(result, second);
		second.properties().forEach(entry -> {
			String keyword = entry.getKey();
			JsonNode value = entry.getValue();
			if (CONDITIONAL.contains(keyword) && conditionApart) {
				apart.set(keyword, value.deepCopy());
			}
			else if (!result.has(keyword)) {
				result.set(keyword, value.deepCopy());
			}
			else if (result.get(keyword).equals(value)) {
				return;
			}
			else if (("required".equals(keyword) || "allOf".equals(keyword)) && value.isArray()
					&& result.get(keyword) instanceof ArrayNode array) {
				result.set(keyword, "allOf".equals(keyword) ? joined(array, value) : union(array, value));
			}
			else if ("properties".equals(keyword) && value.isObject() && result.get(keyword).isObject()) {
				ObjectNode properties = (ObjectNode) result.get(keyword);
				value.properties()
					.forEach(property -> properties.set(property.getKey(),
							merge(properties.get(property.getKey()), property.getValue())));
			}
			else {
				apart.set(keyword, value.deepCopy());
			}
		});
		return apart.isEmpty() ? result : withApart(result, apart);
	}

	private static boolean sameCondition(JsonNode first, JsonNode second) {
		return CONDITIONAL.stream().allMatch(keyword -> first.path(keyword).equals(second.path(keyword)));
	}

	private static boolean closed(JsonNode schema) {
		return CLOSED.stream().anyMatch(schema::has);
	}

	private static ObjectNode withApart(ObjectNode result, ObjectNode apart) {
		if (!(result.get("allOf") instanceof ArrayNode)) {
			result.set("allOf", JsonNodeFactory.instance.arrayNode());
		}
		((ArrayNode) result.get("allOf")).add(apart);
		return result;
	}

	private static ArrayNode joined(ArrayNode first, JsonNode second) {
		ArrayNode joined = first.deepCopy();
		second.forEach(item -> joined.add(item.deepCopy()));
		return joined;
	}

	private static ArrayNode union(ArrayNode first, JsonNode second) {
		ArrayNode joined = first.deepCopy();
		second.forEach(item -> {
			if (!contains(joined, item)) {
				joined.add(item.deepCopy());
			}
		});
		return joined;
	}

	private static boolean contains(ArrayNode array, JsonNode item) {
		for (JsonNode existing : array) {
			if (existing.equals(item)) {
				return true;
			}
		}
		return false;
	}

}
