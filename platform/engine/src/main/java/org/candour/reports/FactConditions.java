package org.candour.reports;

import java.util.List;

import org.candour.definition.model.Condition;
import org.candour.definition.model.ReportDefinition;
import tools.jackson.databind.JsonNode;

/**
 * A report's conditions tested on the records of a source other than the cases, with JSON
 * Schema's meaning: a {@code minimum} or {@code minLength} applies only to values of its
 * type, and a property that is not there passes {@code properties} unless it is
 * {@code required}.
 */
final class FactConditions {

	private FactConditions() {
	}

	static boolean test(Condition condition, Fact fact) {
		if (condition instanceof Condition.All all) {
			return all.conditions().stream().allMatch(each -> test(each, fact));
		}
		if (condition instanceof Condition.Any any) {
			return any.conditions().stream().anyMatch(each -> test(each, fact));
		}
		if (condition instanceof Condition.Not not) {
			return !test(not.condition(), fact);
		}
		if (condition instanceof Condition.Exists exists) {
			return fact.value(exists.path()) != null;
		}
		if (condition instanceof Condition.OneOf oneOf) {
			Object value = fact.value(oneOf.path());
			return oneOf.values().stream().anyMatch(each -> same(CaseFilters.plain(each), value));
		}
		if (condition instanceof Condition.Includes includes) {
			Object value = fact.value(includes.path());
			return !(value instanceof java.util.List<?> items) || items.stream()
				.anyMatch(item -> includes.values().stream().anyMatch(each -> same(CaseFilters.plain(each), item)));
		}
		if (condition instanceof Condition.OfType ofType) {
			return typeOf(fact.value(ofType.path())).equals(ofType.type());
		}
		if (condition instanceof Condition.NotEmpty notEmpty) {
			Object value = fact.value(notEmpty.path());
			return !(value instanceof String text) || !text.isEmpty();
		}
		if (condition instanceof Condition.AtLeast atLeast) {
			Object value = fact.value(atLeast.path());
			if (!(value instanceof Number number)) {
				return true;
			}
			double at = number.doubleValue();
			return atLeast.inclusive() ? at >= atLeast.bound() : at > atLeast.bound();
		}
		return true;
	}

	/** Whether a record passes a report filter. */
	static boolean passes(ReportDefinition.Filter filter, Fact fact) {
		Object value = fact.value(filter.field());
		Object wanted = CaseFilters.plain(filter.value());
		return switch (filter.op()) {
			case "eq" -> same(wanted, value);
			case "ne" -> !same(wanted, value);
			case "in" -> (wanted instanceof List<?> list) && list.stream().anyMatch(each -> same(each, value));
			case "nin" -> !(wanted instanceof List<?> list) || list.stream().noneMatch(each -> same(each, value));
			case "gte" -> comparable(value, wanted) && compare(value, wanted) >= 0;
			case "lte" -> comparable(value, wanted) && compare(value, wanted) <= 0;
			case "exists" -> (value != null) == (wanted == null || Boolean.TRUE.equals(wanted));
			default -> throw new IllegalArgumentException("Unknown filter operation '" + filter.op() + "'");
		};
	}

	static boolean test(JsonNode where, Fact fact) {
		return where == null || test(org.candour.definition.model.WhereCompiler.translate(where).condition(), fact);
	}

	private static boolean same(Object a, Object b) {
		if (a instanceof Number x && b instanceof Number y) {
			return x.doubleValue() == y.doubleValue();
		}
		return (a == null) ? b == null : a.equals(b);
	}

	/** Only values of the same kind are at least or at most one another. */
	private static boolean comparable(Object value, Object bound) {
		return (value instanceof Number && bound instanceof Number)
				|| (value instanceof String && bound instanceof String);
	}

	private static int compare(Object value, Object bound) {
		if (value instanceof Number x && bound instanceof Number y) {
			return Double.compare(x.doubleValue(), y.doubleValue());
		}
		return Integer.signum(((String) value).compareTo((String) bound));
	}

	private static String typeOf(Object value) {
		if (value instanceof String) {
			return "string";
		}
		if (value instanceof Boolean) {
			return "boolean";
		}
		if (value instanceof Number) {
			return "number";
		}
		return (value == null) ? "none" : "object";
	}

}
