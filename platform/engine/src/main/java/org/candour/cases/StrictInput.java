package org.candour.cases;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.candour.api.ApiError;
import tools.jackson.databind.JsonNode;

/**
 * What JSON Schema lets through but case data and action inputs must not carry: fields
 * the form (or the action) does not ask for, unless its schema says which others may come
 * ({@code additionalProperties}, {@code patternProperties} or
 * {@code unevaluatedProperties}); and numbers storage cannot keep as given (beyond a
 * double's range, such as {@code 1e999999999}, which would be stored as Infinity, or an
 * integer beyond a long's).
 */
final class StrictInput {

	private static final List<String> COMPOSED = List.of("allOf", "anyOf", "oneOf", "then", "else");

	private StrictInput() {
	}

	/** Both checks; a missing schema asks for no fields at all. */
	static List<ApiError> check(JsonNode schema, JsonNode instance, String prefix, String codePrefix) {
		List<ApiError> errors = new ArrayList<>();
		unknownFields(schema == null ? tools.jackson.databind.node.JsonNodeFactory.instance.objectNode() : schema,
				instance, prefix, codePrefix, errors);
		errors.addAll(numbers(instance, prefix, codePrefix));
		return errors;
	}

	/**
	 * The schema's errors and these checks' together, one per field: where both found
	 * something, the schema's is dropped (a number beyond a double's range trips its
	 * checks too, less clearly).
	 */
	static List<ApiError> together(List<ApiError> schemaErrors, List<ApiError> strictErrors) {
		List<ApiError> all = new ArrayList<>(strictErrors);
		schemaErrors.stream()
			.filter(error -> strictErrors.stream().noneMatch(strict -> strict.pointer().equals(error.pointer())))
			.forEach(all::add);
		return all;
	}

	static List<ApiError> numbers(JsonNode instance, String prefix, String codePrefix) {
		List<ApiError> errors = new ArrayList<>();
		numbers(instance, prefix, codePrefix, errors);
		return errors;
	}

	private static void numbers(JsonNode node, String pointer, String codePrefix, List<ApiError> errors) {
		if (node == null) {
			return;
		}
		if (node.isObject()) {
			node.properties()
				.forEach(
						field -> numbers(field.getValue(), pointer + "/" + escape(field.getKey()), codePrefix, errors));
		}
		else if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				numbers(node.get(i), pointer + "/" + i, codePrefix, errors);
			}
		}
		else if (node.isNumber()) {
			boolean unstorable = node.isIntegralNumber() ? !node.canConvertToLong() : !Double.isFinite(node.asDouble());
			if (unstorable) {
				boolean negative = node.isIntegralNumber() ? node.bigIntegerValue().signum() < 0 : node.asDouble() < 0;
				errors.add(new ApiError(pointer, codePrefix + (negative ? "minimum" : "maximum"),
						"The number is too " + (negative ? "small" : "large") + " to store"));
			}
		}
	}

	private static void unknownFields(JsonNode schema, JsonNode instance, String pointer, String codePrefix,
			List<ApiError> errors) {
		if (instance == null || !instance.isObject() || !schema.isObject() || schema.has("additionalProperties")
				|| schema.has("patternProperties") || schema.has("unevaluatedProperties")) {
			return;
		}
		Map<String, JsonNode> known = new LinkedHashMap<>();
		collect(schema, known);
		instance.properties().forEach(field -> {
			String at = pointer + "/" + escape(field.getKey());
			JsonNode property = known.get(field.getKey());
			if (property == null) {
				errors.add(new ApiError(at, codePrefix + "additionalProperties",
						"'" + field.getKey() + "' is not a field of this form"));
			}
			else if (field.getValue().isObject() && property.has("properties")) {
				unknownFields(property, field.getValue(), at, codePrefix, errors);
			}
			else if (field.getValue().isArray() && property.path("items").has("properties")) {
				for (int i = 0; i < field.getValue().size(); i++) {
					unknownFields(property.path("items"), field.getValue().get(i), at + "/" + i, codePrefix, errors);
				}
			}
		});
	}

	/**
	 * The fields a schema names, in its {@code properties} and the schemas it is composed
	 * of.
	 */
	private static void collect(JsonNode schema, Map<String, JsonNode> known) {
		schema.path("properties").properties().forEach(field -> known.putIfAbsent(field.getKey(), field.getValue()));
		for (String keyword : COMPOSED) {
			JsonNode composed = schema.path(keyword);
			if (composed.isArray()) {
				composed.forEach(part -> collect(part, known));
			}
			else if (composed.isObject()) {
				collect(composed, known);
			}
		}
		schema.path("dependentSchemas").values().forEach(part -> collect(part, known));
	}

	private static String escape(String name) {
		return name.replace("~", "~0").replace("/", "~1");
	}

}
