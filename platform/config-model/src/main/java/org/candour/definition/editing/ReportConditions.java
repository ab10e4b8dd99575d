package org.candour.definition.editing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A report measure's condition ({@code where}, {@code denominatorWhere}) as rows, as the
 * form builder's condition rows ({@link ConditionRows}) write a question's rule:
 * {@code <field> <is | is not | is one of | is recorded> <values>}, all rows or any row
 * holding. A row on {@code clocks.respond.status} is the JSON Schema a report counts
 * with: {@code {"required": ["clocks"], "properties": {"clocks": {"required":
 * ["respond"], …{"status": {"const": "met"}}}}}}; several rows are its {@code allOf} or
 * {@code anyOf}. Only those shapes are read back as rows; another condition is kept as
 * written.
 *
 * @param match whether all rows or any row must hold
 * @param rows the rows, at least one
 */
public record ReportConditions(ConditionRows.Match match, List<Row> rows) {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	public ReportConditions {
		rows = List.copyOf(rows);
	}

	/** How a row tests the field. */
	public enum Operator {

		/** The field holds the one value. */
		IS,
		/** The field holds a value other than this one. */
		IS_NOT,
		/** The field holds one of the values. */
		IS_ONE_OF,
		/** The field holds a value. */
		IS_RECORDED

	}

	/**
	 * One row.
	 *
	 * @param field the dotted path of the field ({@code outcome.decision},
	 * {@code clocks.respond.status}) or a built-in ({@code feedbackType})
	 * @param operator how it is tested
	 * @param values the values as text ({@code true} and {@code false} for yes or no);
	 * none for {@link Operator#IS_RECORDED}
	 */
	public record Row(String field, Operator operator, List<String> values) {

		public Row {
			values = List.copyOf(values);
		}

	}

	/** The JSON Schema the rows stand for. */
	public JsonNode schema() {
		if (this.rows.size() == 1) {
			return schema(this.rows.get(0));
		}
		ObjectNode all = NODES.objectNode();
		ArrayNode each = all.putArray(this.match == ConditionRows.Match.ANY ? "anyOf" : "allOf");
		this.rows.forEach(row -> each.add(schema(row)));
		return all;
	}

	/**
	 * The rows that say the same as {@code where}; empty when it cannot be shown as rows.
	 */
	public static Optional<ReportConditions> of(JsonNode where) {
		if (where == null || !where.isObject()) {
			return Optional.empty();
		}
		for (ConditionRows.Match match : ConditionRows.Match.values()) {
			String name = (match == ConditionRows.Match.ANY) ? "anyOf" : "allOf";
			if (where.size() == 1 && where.path(name).isArray() && !where.path(name).isEmpty()) {
				List<Row> rows = new ArrayList<>();
				for (JsonNode each : where.path(name)) {
					Optional<Row> row = row(each, "");
					if (row.isEmpty()) {
						return Optional.empty();
					}
					rows.add(row.get());
				}
				return Optional.of(new ReportConditions(match, rows));
			}
		}
		return row(where, "").map(row -> new ReportConditions(ConditionRows.Match.ALL, List.of(row)));
	}

	private static JsonNode schema(Row row) {
		String[] path = row.field().split("\\.");
		JsonNode inner = test(row);
		for (int i = path.length - 1; i >= 0; i--) {
			ObjectNode level = NODES.objectNode();
			level.putArray("required").add(path[i]);
			if (inner != null) {
				level.putObject("properties").set(path[i], inner);
			}
			inner = level;
		}
		return inner;
	}

	private static JsonNode test(Row row) {
		return switch (row.operator()) {
			case IS -> NODES.objectNode().set("const", value(row.values().get(0)));
			case IS_NOT -> NODES.objectNode().set("not", NODES.objectNode().set("const", value(row.values().get(0))));
			case IS_ONE_OF -> {
				ArrayNode values = NODES.arrayNode();
				row.values().forEach(value -> values.add(value(value)));
				yield NODES.objectNode().set("enum", values);
			}
			case IS_RECORDED -> null;
		};
	}

	private static JsonNode value(String text) {
		return switch (text) {
			case "true" -> NODES.booleanNode(true);
			case "false" -> NODES.booleanNode(false);
			default -> NODES.stringNode(text);
		};
	}

	/**
	 * A level {@code {"required": [name], "properties": {name: …}}} and those below it.
	 */
	private static Optional<Row> row(JsonNode level, String path) {
		JsonNode required = level.path("required");
		if (!required.isArray() || required.size() != 1 || !required.get(0).isString()) {
			return Optional.empty();
		}
		String name = required.get(0).asString();
		String field = path.isEmpty() ? name : path + "." + name;
		if (level.size() == 1) {
			return Optional.of(new Row(field, Operator.IS_RECORDED, List.of()));
		}
		JsonNode properties = level.path("properties");
		if (level.size() != 2 || properties.size() != 1 || !properties.has(name)) {
			return Optional.empty();
		}
		JsonNode inner = properties.get(name);
		if (inner.has("required")) {
			return row(inner, field);
		}
		return leaf(field, inner);
	}

	private static Optional<Row> leaf(String field, JsonNode test) {
		if (test.size() != 1) {
			return Optional.empty();
		}
		if (test.has("const") && plain(test.get("const"))) {
			return Optional.of(new Row(field, Operator.IS, List.of(test.get("const").asString())));
		}
		JsonNode not = test.path("not");
		if (not.size() == 1 && not.has("const") && plain(not.get("const"))) {
			return Optional.of(new Row(field, Operator.IS_NOT, List.of(not.get("const").asString())));
		}
		JsonNode values = test.path("enum");
		if (values.isArray() && !values.isEmpty()) {
			List<String> texts = new ArrayList<>();
			for (JsonNode value : values) {
				if (!plain(value)) {
					return Optional.empty();
				}
				texts.add(value.asString());
			}
			return Optional.of(new Row(field, Operator.IS_ONE_OF, texts));
		}
		return Optional.empty();
	}

	/**
	 * A value a row writes back the same: a string (not "true" or "false") or a boolean.
	 */
	private static boolean plain(JsonNode value) {
		return value.isBoolean() || (value.isString() && !Set.of("true", "false").contains(value.asString()));
	}

}
