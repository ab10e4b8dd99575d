package org.candour.cases;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.bson.BsonBinaryReader;
import org.bson.BsonBinaryWriter;
import org.bson.BsonReader;
import org.bson.BsonType;
import org.bson.BsonWriter;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.io.BasicOutputBuffer;
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

	/**
	 * As {@link #toDocument}, but each object below the top level is written as BSON at
	 * once (a {@link RawBsonDocument}, which the driver copies as it is) instead of a
	 * {@link Document} the driver then walks value by value, looking up a codec for each:
	 * the same bytes are stored, made in one pass.
	 */
	static Document toEncodedDocument(ObjectNode object) {
		Document document = new Document();
		object.properties().forEach(entry -> document.put(entry.getKey(), encoded(entry.getValue())));
		return document;
	}

	private static Object encoded(JsonNode node) {
		if (node.isObject()) {
			return raw((ObjectNode) node);
		}
		if (node.isArray()) {
			List<Object> list = new ArrayList<>(node.size());
			node.forEach(item -> list.add(encoded(item)));
			return list;
		}
		return toBson(node);
	}

	private static RawBsonDocument raw(ObjectNode object) {
		BasicOutputBuffer buffer = new BasicOutputBuffer();
		try (BsonBinaryWriter writer = new BsonBinaryWriter(buffer)) {
			write(writer, object);
		}
		return new RawBsonDocument(buffer.toByteArray());
	}

	/** Writes what {@link #toBson} makes of the node, as the driver would encode it. */
	private static void write(BsonWriter writer, JsonNode node) {
		if (node.isObject()) {
			writer.writeStartDocument();
			node.properties().forEach(entry -> {
				writer.writeName(entry.getKey());
				write(writer, entry.getValue());
			});
			writer.writeEndDocument();
		}
		else if (node.isArray()) {
			writer.writeStartArray();
			node.forEach(item -> write(writer, item));
			writer.writeEndArray();
		}
		else if (node.isString()) {
			writer.writeString(node.asString());
		}
		else if (node.isBoolean()) {
			writer.writeBoolean(node.asBoolean());
		}
		else if (node.isInt()) {
			writer.writeInt32(node.asInt());
		}
		else if (node.isIntegralNumber()) {
			writer.writeInt64(node.asLong());
		}
		else if (node.isNumber()) {
			writer.writeDouble(node.asDouble());
		}
		else {
			writer.writeNull();
		}
	}

	/**
	 * As {@link #toTree(Document)} of the document the driver would decode from these
	 * bytes, read straight from them (no {@link Document} per object); empty when the
	 * document holds a value of a type cases never store (the caller then decodes it as a
	 * {@link Document}, which converts such values as it always did).
	 */
	static java.util.Optional<ObjectNode> toTree(RawBsonDocument document) {
		try (BsonBinaryReader reader = new BsonBinaryReader(document.getByteBuffer().asNIO())) {
			return java.util.Optional.of(readObject(reader));
		}
		catch (UnexpectedType ex) {
			return java.util.Optional.empty();
		}
	}

	private static ObjectNode readObject(BsonReader reader) {
		ObjectNode object = NODES.objectNode();
		reader.readStartDocument();
		while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
			String name = reader.readName();
			object.set(name, read(reader));
		}
		reader.readEndDocument();
		return object;
	}

	private static JsonNode read(BsonReader reader) {
		switch (reader.getCurrentBsonType()) {
			case DOCUMENT:
				return readObject(reader);
			case ARRAY: {
				ArrayNode array = NODES.arrayNode();
				reader.readStartArray();
				while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
					array.add(read(reader));
				}
				reader.readEndArray();
				return array;
			}
			case STRING:
				return NODES.stringNode(reader.readString());
			case BOOLEAN:
				return NODES.booleanNode(reader.readBoolean());
			case INT32:
				return NODES.numberNode(reader.readInt32());
			case INT64:
				return NODES.numberNode(reader.readInt64());
			case DOUBLE:
				return NODES.numberNode(reader.readDouble());
			case DATE_TIME:
				return NODES.stringNode(java.time.Instant.ofEpochMilli(reader.readDateTime()).toString());
			case NULL:
				reader.readNull();
				return NODES.nullNode();
			default:
				throw new UnexpectedType();
		}
	}

	/** A stored value of a type cases never hold. */
	private static final class UnexpectedType extends RuntimeException {

		UnexpectedType() {
			super(null, null, false, false);
		}

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
