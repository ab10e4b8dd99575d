package org.candour.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.candour.definition.model.Condition;
import org.candour.definition.model.ReportDefinition;
import tools.jackson.databind.JsonNode;

/**
 * The yardstick's filters, written for the stored case by the benchmark (not by the
 * engine's compiler): a measure's condition, a report's filters, a dimension's key.
 * Stored paths: {@code data}, {@code outcome}, {@code meta} under {@code current}; a
 * clock's fields in the element of {@code current.clocks} with its id; the assignee is
 * {@code officer}; directorate and service as recorded in {@code current.meta.orgPath}.
 * JSON Schema semantics: a type-specific keyword ({@code minLength}, {@code minimum})
 * passes a value of another type.
 */
final class BareFilters {

	private static final Map<String, String> BSON_TYPES = Map.of("string", "string", "number", "number", "integer",
			"number", "boolean", "bool", "array", "array", "object", "object", "null", "null");

	private BareFilters() {
	}

	static String stored(String field) {
		if ("assignee".equals(field)) {
			return "officer";
		}
		if ("directorate".equals(field) || "service".equals(field)) {
			return "current.meta.orgPath." + field;
		}
		String root = field.contains(".") ? field.substring(0, field.indexOf('.')) : field;
		return switch (root) {
			case "data", "outcome", "meta" -> "current." + field;
			default -> field;
		};
	}

	static Object key(String field) {
		return "receivedMonth".equals(field) ? new Document("$substr", List.of("$receivedOn", 0, 7))
				: "$" + stored(field);
	}

	static Document filter(ReportDefinition.Filter filter) {
		Object value = plain(filter.value());
		String operator = switch (filter.op()) {
			case "exists" -> "$exists";
			default -> "$" + filter.op();
		};
		Object operand = "exists".equals(filter.op()) ? (value == null || Boolean.TRUE.equals(value)) : value;
		return test(filter.field(), new Document(operator, operand));
	}

	static Document of(Condition condition) {
		return of(condition, false);
	}

	private static Document of(Condition condition, boolean not) {
		if (condition instanceof Condition.All all) {
			return many(not ? "$or" : "$and", all.conditions(), not);
		}
		if (condition instanceof Condition.Any any) {
			return many(not ? "$and" : "$or", any.conditions(), not);
		}
		if (condition instanceof Condition.Not negated) {
			return of(negated.condition(), !not);
		}
		if (condition instanceof Condition.Exists exists) {
			return exists(exists.path(), not);
		}
		if (condition instanceof Condition.OneOf oneOf) {
			List<Object> values = new ArrayList<>();
			oneOf.values().forEach(value -> values.add(plain(value)));
			return test(oneOf.path(), new Document(not ? "$nin" : "$in", values));
		}
		if (condition instanceof Condition.OfType ofType) {
			return ofType(ofType.path(), ofType.type(), not);
		}
		if (condition instanceof Condition.NotEmpty notEmpty) {
			boolean array = "array".equals(notEmpty.type());
			return typed(notEmpty.path(), notEmpty.type(), array ? ".0" : "",
					new Document(array ? "$exists" : "$gt", array ? (Object) true : ""), not);
		}
		if (condition instanceof Condition.AtLeast atLeast) {
			return typed(atLeast.path(), "number", "",
					new Document(atLeast.inclusive() ? "$gte" : "$gt", atLeast.bound()), not);
		}
		return not ? never() : new Document();
	}

	private static Document many(String operator, List<Condition> conditions, boolean not) {
		List<Document> parts = new ArrayList<>();
		conditions.forEach(condition -> parts.add(of(condition, not)));
		return (parts.size() == 1) ? parts.get(0) : new Document(operator, parts);
	}

	private static Document exists(String path, boolean not) {
		if ("clocks".equals(path)) {
			return not ? never() : new Document();
		}
		if (isClock(path)) {
			Document clock = new Document("$elemMatch", new Document("id", path.substring("clocks.".length())));
			return new Document("current.clocks", not ? new Document("$not", clock) : clock);
		}
		return test(path, new Document("$exists", !not));
	}

	private static Document ofType(String path, String type, boolean not) {
		if ("clocks".equals(path)) {
			return ("object".equals(type) != not) ? new Document() : never();
		}
		if (isClock(path)) {
			return "object".equals(type) ? exists(path, not) : (not ? new Document() : never());
		}
		Document test = new Document("$type", BSON_TYPES.get(type));
		return test(path, not ? new Document("$not", test) : test);
	}

	/** A test that applies to one type only: a value of another type passes. */
	private static Document typed(String path, String type, String suffix, Document test, boolean not) {
		Document ofType = new Document("$type", BSON_TYPES.get(type));
		if (!not) {
			return new Document("$or", List.of(test(path, "", new Document("$not", ofType)), test(path, suffix, test)));
		}
		Document failed = test.containsKey("$exists") ? new Document("$exists", !test.getBoolean("$exists"))
				: new Document("$not", test);
		return new Document("$and", List.of(test(path, "", ofType), test(path, suffix, failed)));
	}

	private static Document test(String path, Document operators) {
		return test(path, "", operators);
	}

	private static Document test(String path, String suffix, Document operators) {
		if (path.startsWith("clocks.")) {
			String[] parts = path.split("\\.", 3);
			if (parts.length == 3) {
				return new Document("current.clocks",
						new Document("$elemMatch", new Document("id", parts[1]).append(parts[2] + suffix, operators)));
			}
		}
		return new Document(stored(path) + suffix, operators);
	}

	private static boolean isClock(String path) {
		return path.startsWith("clocks.") && path.indexOf('.', "clocks.".length()) < 0;
	}

	private static Document never() {
		return new Document("_id", new Document("$exists", false));
	}

	static Object plain(JsonNode value) {
		if (value == null || value.isNull() || value.isMissingNode()) {
			return null;
		}
		if (value.isArray()) {
			List<Object> items = new ArrayList<>();
			value.forEach(item -> items.add(plain(item)));
			return items;
		}
		if (value.isString()) {
			return value.asString();
		}
		if (value.isBoolean()) {
			return value.asBoolean();
		}
		return value.isIntegralNumber() ? (Object) value.asLong() : (Object) value.asDouble();
	}

}
