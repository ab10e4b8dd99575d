package org.candour.definition.editing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The rule shapes that condition rows stand for, read and written. */
final class RuleShapes {

	private static final Pattern SCOPE = Pattern.compile("^#/properties/([^/]+)$");

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private RuleShapes() {
	}

	static Optional<ConditionRows> rows(JsonNode rule) {
		if (rule == null || !rule.isObject() || !keys(rule, "effect", "condition")
				|| !Set.of("SHOW", "HIDE").contains(rule.path("effect").asString(""))) {
			return Optional.empty();
		}
		JsonNode condition = rule.path("condition");
		Matcher scope = SCOPE.matcher(condition.path("scope").asString(""));
		if (!keys(condition, "scope", "schema") || !scope.matches()) {
			return Optional.empty();
		}
		String question = scope.group(1);
		JsonNode schema = condition.path("schema");
		ConditionRows.Match match = ConditionRows.Match.ALL;
		List<JsonNode> parts = List.of(schema);
		for (String combiner : List.of("allOf", "anyOf")) {
			if (keys(schema, combiner) && schema.path(combiner).isArray() && schema.path(combiner).size() > 1) {
				match = "allOf".equals(combiner) ? ConditionRows.Match.ALL : ConditionRows.Match.ANY;
				parts = new ArrayList<>();
				schema.path(combiner).forEach(parts::add);
			}
		}
		List<ConditionRows.Row> rows = new ArrayList<>();
		for (JsonNode part : parts) {
			ConditionRows.Row row = row(question, part);
			if (row == null) {
				return Optional.empty();
			}
			rows.add(row);
		}
		return Optional
			.of(new ConditionRows(ConditionRows.Effect.valueOf(rule.path("effect").asString()), match, rows));
	}

	private static ConditionRows.Row row(String question, JsonNode schema) {
		if (keys(schema, "const") && scalar(schema.get("const"))) {
			return new ConditionRows.Row(question, ConditionRows.Operator.IS, List.of(text(schema.get("const"))));
		}
		if (keys(schema, "not") && keys(schema.get("not"), "const") && scalar(schema.get("not").get("const"))) {
			return new ConditionRows.Row(question, ConditionRows.Operator.IS_NOT,
					List.of(text(schema.get("not").get("const"))));
		}
		if (keys(schema, "enum") && schema.get("enum").isArray() && !schema.get("enum").isEmpty()) {
			List<String> values = new ArrayList<>();
			for (JsonNode value : schema.get("enum")) {
				if (!scalar(value)) {
					return null;
				}
				values.add(text(value));
			}
			return new ConditionRows.Row(question, ConditionRows.Operator.IS_ONE_OF, values);
		}
		return null;
	}

	/**
	 * The rule for rows already checked.
	 * @param kind the kind of a question by name ({@code yes-no}, {@code number}, …)
	 */
	static ObjectNode rule(ConditionRows rows, Function<String, String> kind) {
		ObjectNode rule = NODES.objectNode();
		rule.put("effect", rows.effect().name());
		ObjectNode condition = rule.putObject("condition");
		String question = rows.rows().get(0).question();
		condition.put("scope", "#/properties/" + question);
		if (rows.rows().size() == 1) {
			condition.set("schema", schema(rows.rows().get(0), kind.apply(question)));
		}
		else {
			ArrayNode parts = condition.putObject("schema")
				.putArray((rows.match() == ConditionRows.Match.ALL) ? "allOf" : "anyOf");
			rows.rows().forEach(row -> parts.add(schema(row, kind.apply(question))));
		}
		return rule;
	}

	private static ObjectNode schema(ConditionRows.Row row, String kind) {
		ObjectNode schema = NODES.objectNode();
		switch (row.operator()) {
			case IS -> schema.set("const", value(row.values().get(0), kind));
			case IS_NOT -> schema.putObject("not").set("const", value(row.values().get(0), kind));
			case IS_ONE_OF -> {
				ArrayNode values = schema.putArray("enum");
				row.values().forEach(value -> values.add(value(value, kind)));
			}
		}
		return schema;
	}

	/** The answer as the question stores it: a boolean, a number or text. */
	static JsonNode value(String value, String kind) {
		if ("yes-no".equals(kind)) {
			return NODES.booleanNode(Boolean.parseBoolean(value));
		}
		if ("number".equals(kind)) {
			return JSON.readTree(value.trim());
		}
		return NODES.stringNode(value);
	}

	private static String text(JsonNode value) {
		return value.isString() ? value.asString() : value.toString();
	}

	private static boolean scalar(JsonNode value) {
		return value.isString() || value.isBoolean() || value.isNumber();
	}

	/** Whether the object has exactly these members. */
	private static boolean keys(JsonNode node, String... names) {
		if (node == null || !node.isObject() || node.size() != names.length) {
			return false;
		}
		for (String name : names) {
			if (!node.has(name)) {
				return false;
			}
		}
		return true;
	}

}
