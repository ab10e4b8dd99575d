package org.candour.definition.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * Translates a report's condition (JSON Schema on the case view) into a {@link Condition}
 * a database can evaluate — exactly, or not at all: every keyword it cannot translate is
 * a problem at its pointer, so a report never counts with a condition it only half
 * understood. Translated: {@code type}, {@code properties} (a property that is absent
 * satisfies its schema, as in JSON Schema), {@code required}, {@code const},
 * {@code enum}, {@code minLength: 1}, {@code minItems: 1}, {@code minimum},
 * {@code exclusiveMinimum}, {@code anyOf}, {@code allOf}, {@code not}; annotations are
 * ignored.
 */
public final class WhereCompiler {

	private static final Set<String> ANNOTATIONS = Set.of("title", "description", "$comment", "examples", "default");

	private WhereCompiler() {
	}

	/**
	 * The translation, or the keywords it cannot translate.
	 *
	 * @param condition the condition; {@code null} when there are problems
	 * @param untranslatable pointer (inside the schema) → why
	 */
	public record Translation(Condition condition, Map<String, String> untranslatable) {
	}

	public static Translation translate(JsonNode schema) {
		Map<String, String> problems = new java.util.LinkedHashMap<>();
		Condition condition = new WhereCompiler.Walk(problems).schema(schema, "", "");
		return new Translation(problems.isEmpty() ? condition : null, problems);
	}

	private record Walk(Map<String, String> problems) {

		Condition schema(JsonNode schema, String path, String pointer) {
			if (schema.isBoolean()) {
				return schema.asBoolean() ? new Condition.Always() : new Condition.Not(new Condition.Always());
			}
			if (!schema.isObject()) {
				this.problems.put(pointer, "not a schema");
				return new Condition.Always();
			}
			List<Condition> all = new ArrayList<>();
			Set<String> required = new HashSet<>();
			schema.path("required").forEach(name -> required.add(name.asString()));
			for (String keyword : schema.propertyNames()) {
				JsonNode value = schema.get(keyword);
				String at = pointer + "/" + keyword;
				switch (keyword) {
					case "type" -> type(value, path, at).ifPresent(all::add);
					case "required" -> required.forEach(name -> all.add(new Condition.Exists(join(path, name))));
					case "properties" -> value.propertyNames().forEach(name -> {
						Condition inner = schema(value.get(name), join(path, name), at + "/" + escape(name));
						all.add(required.contains(name) ? inner : new Condition.Any(
								List.of(new Condition.Not(new Condition.Exists(join(path, name))), inner)));
					});
					case "const" -> scalars(List.of(value), path, at).ifPresent(all::add);
					case "enum" -> {
						List<JsonNode> values = new ArrayList<>();
						value.forEach(values::add);
						scalars(values, path, at).ifPresent(all::add);
					}
					case "minLength" -> notEmpty(value, path, "string", at).ifPresent(all::add);
					case "minItems" -> notEmpty(value, path, "array", at).ifPresent(all::add);
					case "minimum", "exclusiveMinimum" -> {
						if (value.isNumber()) {
							all.add(new Condition.AtLeast(path, value.asDouble(), "minimum".equals(keyword)));
						}
						else {
							this.problems.put(at, "a number is needed");
						}
					}
					case "anyOf", "allOf" -> {
						List<Condition> each = new ArrayList<>();
						for (int i = 0; i < value.size(); i++) {
							each.add(schema(value.get(i), path, at + "/" + i));
						}
						all.add("anyOf".equals(keyword) ? new Condition.Any(each) : new Condition.All(each));
					}
					case "not" -> all.add(new Condition.Not(schema(value, path, at)));
					case "contains" -> includes(value, path, at).ifPresent(all::add);
					default -> {
						if (!ANNOTATIONS.contains(keyword)) {
							this.problems.put(at, "'" + keyword + "' cannot be counted in a report");
						}
					}
				}
			}
			return all.isEmpty() ? new Condition.Always() : (all.size() == 1) ? all.get(0) : new Condition.All(all);
		}

		private java.util.Optional<Condition> scalars(List<JsonNode> values, String path, String at) {
			if (values.stream().anyMatch(value -> value.isObject() || value.isArray())) {
				this.problems.put(at, "only text, numbers, true, false and null can be compared in a report");
				return java.util.Optional.empty();
			}
			return java.util.Optional.of(new Condition.OneOf(path, values));
		}

		/**
		 * {@code contains} of one {@code const} or {@code enum}: the array holds one of
		 * them.
		 */
		private java.util.Optional<Condition> includes(JsonNode value, String path, String at) {
			List<JsonNode> values = new ArrayList<>();
			if (value.isObject() && value.size() == 1 && value.has("const")) {
				values.add(value.get("const"));
			}
			else if (value.isObject() && value.size() == 1 && value.path("enum").isArray()) {
				value.get("enum").forEach(values::add);
			}
			else {
				this.problems.put(at, "only contains with one const or enum can be counted in a report");
				return java.util.Optional.empty();
			}
			return scalars(values, path, at).map(oneOf -> new Condition.Includes(path, values));
		}

		private java.util.Optional<Condition> type(JsonNode value, String path, String at) {
			if (!value.isString() || "integer".equals(value.asString())) {
				this.problems.put(at, "only one of string, number, boolean, array, object or null can be counted");
				return java.util.Optional.empty();
			}
			// the case view itself is an object
			return path.isEmpty() && "object".equals(value.asString()) ? java.util.Optional.empty()
					: java.util.Optional.of(new Condition.OfType(path, value.asString()));
		}

		private java.util.Optional<Condition> notEmpty(JsonNode value, String path, String type, String at) {
			if (value.asInt(-1) == 0) {
				return java.util.Optional.empty();
			}
			if (value.asInt(-1) != 1) {
				this.problems.put(at, "only 1 can be counted in a report (not empty)");
				return java.util.Optional.empty();
			}
			return java.util.Optional.of(new Condition.NotEmpty(path, type));
		}

		private static String join(String path, String name) {
			return path.isEmpty() ? name : path + "." + name;
		}

		private static String escape(String token) {
			return token.replace("~", "~0").replace("/", "~1");
		}

	}

}
