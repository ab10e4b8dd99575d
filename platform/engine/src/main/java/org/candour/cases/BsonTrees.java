package org.candour.cases;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.bson.types.Decimal128;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Converts between JSON trees and BSON documents directly, without printing and
 * re-parsing JSON text (a case is converted on every write and read).
 */
final class BsonTrees {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private BsonTrees() {
	}

	static Document toDocument(ObjectNode object) {
		Document document = new Document();
		object.properties().forEach(entry -> document.put(entry.getKey(), toBson(entry.getValue())));
		return document;
	}

	/**
	 * The tree as storage gives it back: {@code toTree(toDocument(object))} in one pass,
	 * without building the document (numbers as storage keeps them: int, long or double;
	 * what storage cannot hold becomes null). Value nodes are shared, never copied: they
	 * are immutable.
	 */
	static ObjectNode asStored(ObjectNode object) {
		ObjectNode stored = NODES.objectNode();
		object.properties().forEach(entry -> stored.set(entry.getKey(), asStored(entry.getValue())));
		return stored;
	}

	private static JsonNode asStored(JsonNode node) {
		if (node.isObject()) {
			return asStored((ObjectNode) node);
		}
		if (node.isArray()) {
			ArrayNode array = NODES.arrayNode(node.size());
			node.forEach(item -> array.add(asStored(item)));
			return array;
		}
		if (node.isString() || node.isBoolean() || node.isInt()) {
			return node;
		}
		if (node.isIntegralNumber()) {
			return NODES.numberNode(node.asLong());
		}
		if (node.isNumber()) {
			return NODES.numberNode(node.asDouble());
		}
		return NODES.nullNode();
	}

	static ObjectNode toTree(Document document) {
		ObjectNode object = NODES.objectNode();
		document.forEach((key, value) -> object.set(key, toJson(value)));
		return object;
	}

	private static Object toBson(JsonNode node) {
		if (node.isObject()) {
			return toDocument((ObjectNode) node);
		}
		if (node.isArray()) {
			List<Object> list = new ArrayList<>(node.size());
			node.forEach(item -> list.add(toBson(item)));
			return list;
		}
		if (node.isString()) {
			return node.asString();
		}
		if (node.isBoolean()) {
			return node.asBoolean();
		}
		if (node.isInt()) {
			return node.asInt();
		}
		if (node.isIntegralNumber()) {
			return node.asLong();
		}
		if (node.isNumber()) {
			return node.asDouble();
		}
		return null;
	}

	private static JsonNode toJson(Object value) {
		if (value instanceof Document document) {
			return toTree(document);
		}
		if (value instanceof Map<?, ?> map) {
			ObjectNode object = NODES.objectNode();
			map.forEach((key, item) -> object.set(String.valueOf(key), toJson(item)));
			return object;
		}
		if (value instanceof List<?> list) {
			ArrayNode array = NODES.arrayNode();
			list.forEach(item -> array.add(toJson(item)));
			return array;
		}
		if (value instanceof String text) {
			return NODES.stringNode(text);
		}
		if (value instanceof Boolean flag) {
			return NODES.booleanNode(flag);
		}
		if (value instanceof Integer number) {
			return NODES.numberNode(number);
		}
		if (value instanceof Long number) {
			return NODES.numberNode(number);
		}
		if (value instanceof Double number) {
			return NODES.numberNode(number);
		}
		if (value instanceof Decimal128 number) {
			return NODES.numberNode(number.bigDecimalValue());
		}
		if (value instanceof Date date) {
			return NODES.stringNode(date.toInstant().toString());
		}
		return value == null ? NODES.nullNode() : NODES.stringNode(value.toString());
	}

}
