package org.candour.demo.synthetic;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Makes plausible data that matches a JSON Schema: required properties always, optional
 * ones often, enums and constants picked at random, strings by their format or name,
 * numbers within their bounds, never longer than {@code maxLength}. A {@code decision} of
 * upheld or partially upheld always comes with {@code learning} (other decisions
 * without). Conditional ({@code if/then}) rules are not followed; the caller retries when
 * a guard refuses.
 */
final class SchemaFaker {

	private static final double OPTIONAL = 0.6;

	private static final double UPHELD = 0.3;

	private static final Set<String> LEARNING_DECISIONS = Set.of("upheld", "partially-upheld");

	private final JsonNodeFactory nodes = JsonNodeFactory.instance;

	private final Random random;

	private final SyntheticText text;

	private final SchemaScalars scalars;

	/**
	 * @param now the simulated now, for dates
	 * @param context the action whose inputs are made, or {@code "form"}
	 */
	SchemaFaker(Random random, SyntheticText text, Instant now, String context) {
		this.random = random;
		this.text = text;
		this.scalars = new SchemaScalars(random, text, now, context);
	}

	ObjectNode object(JsonNode schema) {
		ObjectNode result = this.nodes.objectNode();
		Set<String> required = new HashSet<>();
		schema.path("required").forEach(name -> required.add(name.asString()));
		JsonNode properties = schema.path("properties");
		for (Map.Entry<String, JsonNode> property : properties.properties()) {
			if (required.contains(property.getKey()) || this.random.nextDouble() < OPTIONAL) {
				result.set(property.getKey(), value(property.getKey(), property.getValue()));
			}
		}
		if (result.has("decision") && properties.has("learning")) {
			if (LEARNING_DECISIONS.contains(result.path("decision").asString(""))) {
				result.set("learning", value("learning", properties.path("learning")));
			}
			else {
				result.remove("learning");
			}
		}
		return result;
	}

	JsonNode value(String name, JsonNode schema) {
		if (schema.has("const")) {
			return schema.get("const").deepCopy();
		}
		if (schema.path("enum").isArray() && !schema.path("enum").isEmpty()) {
			return choice(name, schema.path("enum"));
		}
		JsonNode alternatives = schema.has("oneOf") ? schema.path("oneOf") : schema.path("anyOf");
		if (alternatives.isArray() && !alternatives.isEmpty()) {
			return value(name, this.text.alternative(name, alternatives));
		}
		switch (type(schema)) {
			case "object":
				return object(schema);
			case "array":
				return array(name, schema);
			case "integer":
				return this.nodes.numberNode(this.scalars.integer(name, schema));
			case "number":
				return this.nodes.numberNode((double) this.scalars.integer(name, schema));
			case "boolean":
				return this.nodes.booleanNode(this.random.nextBoolean());
			case "null":
				return this.nodes.nullNode();
			default:
				return this.nodes.stringNode(this.scalars.string(name, schema));
		}
	}

	private JsonNode choice(String name, JsonNode values) {
		if ("decision".equals(name)) {
			for (JsonNode value : values) {
				if ("upheld".equals(value.asString("")) && this.random.nextDouble() < UPHELD) {
					return value.deepCopy();
				}
			}
		}
		return values.get(this.random.nextInt(values.size())).deepCopy();
	}

	private ArrayNode array(String name, JsonNode schema) {
		JsonNode items = schema.path("items");
		ArrayNode array = this.nodes.arrayNode();
		if (items.path("enum").isArray() && !items.path("enum").isEmpty()) {
			List<JsonNode> values = new ArrayList<>();
			items.path("enum").forEach(values::add);
			java.util.Collections.shuffle(values, this.random);
			int size = 1 + this.random.nextInt(Math.min(values.size(), schema.path("maxItems").asInt(3)));
			values.subList(0, size).forEach(value -> array.add(value.deepCopy()));
			return array;
		}
		int min = Math.max(1, schema.path("minItems").asInt(1));
		int max = Math.max(min, Math.min(schema.path("maxItems").asInt(3), 3));
		for (int i = min + this.random.nextInt(max - min + 1); i > 0; i--) {
			array.add(value(name, items));
		}
		return array;
	}

	private static String type(JsonNode schema) {
		JsonNode type = schema.path("type");
		if (type.isArray()) {
			for (JsonNode option : type) {
				if (!"null".equals(option.asString())) {
					return option.asString();
				}
			}
			return "null";
		}
		if (type.isString()) {
			return type.asString();
		}
		return schema.has("properties") ? "object" : schema.has("items") ? "array" : "string";
	}

}
