package org.candour.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.candour.definition.model.Condition;
import tools.jackson.databind.JsonNode;

/**
 * A report condition as a MongoDB filter on stored cases. Negations are pushed down to
 * the fields (so only {@code $and}, {@code $or}, {@code $in}, {@code $nin},
 * {@code $exists}, {@code $type}, {@code $gt(e)}, {@code $not} and {@code $elemMatch} are
 * used, which the embedded server and a real replica set both evaluate). Case view paths
 * map to the stored case: {@code data}, {@code outcome} and {@code meta} under
 * {@code current}; {@code state}, {@code stateCategory} and {@code feedbackType} at the
 * top; {@code clocks.<id>.<field>} to the element of {@code current.clocks} with that id.
 */
final class CaseFilters {

	private static final Document ALWAYS = new Document();

	private static final Document NEVER = new Document("_id", new Document("$exists", false));

	private static final Map<String, String> BSON_TYPES = Map.of("string", "string", "number", "number", "boolean",
			"bool", "array", "array", "object", "object", "null", "null");

	private CaseFilters() {
	}

	static Document of(Condition condition) {
		return filter(condition, false);
	}

	private static Document filter(Condition condition, boolean negated) {
		if (condition instanceof Condition.All all) {
			return combine(negated ? "$or" : "$and", all.conditions(), negated);
		}
		if (condition instanceof Condition.Any any) {
			return combine(negated ? "$and" : "$or", any.conditions(), negated);
		}
		if (condition instanceof Condition.Not not) {
			return filter(not.condition(), !negated);
		}
		if (condition instanceof Condition.Exists exists) {
			return exists(exists.path(), negated);
		}
		if (condition instanceof Condition.OneOf oneOf) {
			return field(oneOf.path(), new Document(negated ? "$nin" : "$in", values(oneOf.values())));
		}
		if (condition instanceof Condition.Includes includes) {
			// an array field matches $in when one of its elements does
			return applies(includes.path(), "array", Map.entry("", new Document("$in", values(includes.values()))),
					negated);
		}
		if (condition instanceof Condition.OfType ofType) {
			return ofType(ofType.path(), ofType.type(), negated);
		}
		if (condition instanceof Condition.NotEmpty notEmpty) {
			return applies(
					notEmpty.path(), notEmpty.type(), "array".equals(notEmpty.type())
							? Map.entry(".0", new Document("$exists", true)) : Map.entry("", new Document("$gt", "")),
					negated);
		}
		if (condition instanceof Condition.AtLeast atLeast) {
			return applies(atLeast.path(), "number",
					Map.entry("", new Document(atLeast.inclusive() ? "$gte" : "$gt", atLeast.bound())), negated);
		}
		return negated ? NEVER : ALWAYS;
	}

	private static Document combine(String operator, List<Condition> conditions, boolean negated) {
		List<Document> parts = new ArrayList<>();
		conditions.forEach(each -> parts.add(filter(each, negated)));
		return (parts.size() == 1) ? parts.get(0) : new Document(operator, parts);
	}

	/**
	 * A keyword that applies only to one type ({@code minLength} to strings,
	 * {@code minimum} to numbers…): a value of another type passes, as in JSON Schema.
	 */
	private static Document applies(String path, String type, Map.Entry<String, Document> test, boolean negated) {
		Document otherType = field(path, new Document("$not", new Document("$type", BSON_TYPES.get(type))));
		Document passes = fieldAt(path, test.getKey(), test.getValue());
		if (!negated) {
			return new Document("$or", List.of(otherType, passes));
		}
		return new Document("$and",
				List.of(field(path, new Document("$type", BSON_TYPES.get(type))), negate(path, test)));
	}

	private static Document negate(String path, Map.Entry<String, Document> test) {
		Document operators = test.getValue();
		if (operators.containsKey("$exists")) {
			return fieldAt(path, test.getKey(), new Document("$exists", !operators.getBoolean("$exists")));
		}
		return fieldAt(path, test.getKey(), new Document("$not", operators));
	}

	private static Document ofType(String path, String type, boolean negated) {
		if ("clocks".equals(path)) {
			return ("object".equals(type) != negated) ? ALWAYS : NEVER;
		}
		if (isClock(path)) {
			// a clock of the view is an object
			return "object".equals(type) ? exists(path, negated) : (negated ? ALWAYS : NEVER);
		}
		Document test = new Document("$type", BSON_TYPES.get(type));
		return field(path, negated ? new Document("$not", test) : test);
	}

	private static Document exists(String path, boolean negated) {
		if ("clocks".equals(path)) {
			return negated ? NEVER : ALWAYS;
		}
		if (isClock(path)) {
			Document match = new Document("$elemMatch", new Document("id", clockId(path)));
			return new Document("current.clocks", negated ? new Document("$not", match) : match);
		}
		return field(path, new Document("$exists", !negated));
	}

	/** A test of the value at a case-view path, on the stored case. */
	static Document field(String path, Document operators) {
		return fieldAt(path, "", operators);
	}

	private static Document fieldAt(String path, String suffix, Document operators) {
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

	private static String clockId(String path) {
		return path.substring("clocks.".length());
	}

	/** Where a case-view path (not a clock's) is in the stored case. */
	static String stored(String path) {
		String root = path.contains(".") ? path.substring(0, path.indexOf('.')) : path;
		return switch (root) {
			case "data", "outcome", "meta" -> "current." + path;
			default -> path;
		};
	}

	private static List<Object> values(List<JsonNode> values) {
		List<Object> plain = new ArrayList<>();
		values.forEach(value -> plain.add(plain(value)));
		return plain;
	}

	/** A JSON value as the value the driver compares with (a list for an array). */
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
