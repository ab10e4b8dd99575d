package org.candour.definition.editing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * An action's rules before it may happen as rows an administrator adds and removes: a
 * shared rule ({@code rule} document, e.g. "the decision is recorded"), a question that
 * must be answered, or a question whose answer is, is not or is one of given answers.
 * Compiled to the transition's JSON-Schema {@code guard}: shared rules as
 * {@code "rules": [ids]}, questions under {@code properties.data} (a question a row
 * checks is also required, so a guard on an unanswered question does not hold). A guard
 * of another shape has no rows and is edited as JSON.
 *
 * @param rows the rows in order: shared rules first, then questions
 */
public record GuardRows(List<Row> rows) {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	public GuardRows {
		rows = List.copyOf(rows);
	}

	/** What a row checks. */
	public enum Check {

		/** The shared rule {@code subject} holds. */
		RULE,
		/** The question {@code subject} is answered. */
		ANSWERED,
		/** Its answer is the one value. */
		IS,
		/** Its answer is not the one value. */
		IS_NOT,
		/** Its answer is one of the values. */
		IS_ONE_OF

	}

	/**
	 * One row.
	 *
	 * @param check what it checks
	 * @param subject the rule's id, or the question's data name
	 * @param values the answers, as text ({@code true}/{@code false} for yes or no)
	 */
	public record Row(Check check, String subject, List<String> values) {

		public Row {
			values = List.copyOf(values);
		}

		/** The row in words, e.g. "‘learningRecorded’ is ‘yes’". */
		public String words() {
			String subject = Words.quoted(this.subject);
			return switch (this.check) {
				case RULE -> "the rule " + subject + " holds";
				case ANSWERED -> subject + " is answered";
				case IS -> subject + " is " + Words.quoted(this.values.get(0));
				case IS_NOT -> subject + " is not " + Words.quoted(this.values.get(0));
				case IS_ONE_OF ->
					subject + " is one of " + String.join(", ", this.values.stream().map(Words::quoted).toList());
			};
		}

		public static Row rule(String id) {
			return new Row(Check.RULE, id, List.of());
		}

		public static Row answered(String question) {
			return new Row(Check.ANSWERED, question, List.of());
		}

	}

	/**
	 * A comparison of two values ({@code guardCompare}) in words: "'stage1Handler' and
	 * 'reviewingOfficer' differ".
	 */
	public static String compared(JsonNode comparison) {
		List<String> fields = new ArrayList<>();
		comparison.path("fields")
			.forEach(field -> fields
				.add(Words.quoted(field.asString("").replaceFirst("^/(data|inputs|outcome|meta)/", ""))));
		return String.join(" and ", fields) + " differ";
	}

	public static GuardRows none() {
		return new GuardRows(List.of());
	}

	/** These rows and one more (shared rules stay before questions). */
	public GuardRows with(Row row) {
		List<Row> more = new ArrayList<>(this.rows);
		more.add(row);
		return new GuardRows(more.stream()
			.sorted((a, b) -> Boolean.compare(a.check() != Check.RULE, b.check() != Check.RULE))
			.toList());
	}

	/** These rows without the one at {@code index}. */
	public GuardRows without(int index) {
		List<Row> fewer = new ArrayList<>(this.rows);
		if (index >= 0 && index < fewer.size()) {
			fewer.remove(index);
		}
		return new GuardRows(fewer);
	}

	/** The questions the rows check, in order. */
	public Set<String> questions() {
		Set<String> questions = new LinkedHashSet<>();
		this.rows.stream().filter(row -> row.check() != Check.RULE).forEach(row -> questions.add(row.subject()));
		return questions;
	}

	/**
	 * The rows that say the same as {@code guard} ({@code null}: no rules) when compiled
	 * with the same question types; empty when rows cannot say it.
	 * @param typeOf the JSON type of a question's answer ({@code boolean},
	 * {@code integer}, {@code number} or {@code string})
	 */
	public static Optional<GuardRows> of(JsonNode guard, Function<String, String> typeOf) {
		if (guard == null || guard.isNull()) {
			return Optional.of(none());
		}
		if (!guard.isObject()) {
			return Optional.empty();
		}
		List<Row> rows = new ArrayList<>();
		for (JsonNode rule : guard.path("rules")) {
			rows.add(Row.rule(rule.asString("")));
		}
		JsonNode data = guard.path("properties").path("data");
		for (JsonNode required : data.path("required")) {
			String question = required.asString("");
			JsonNode condition = data.path("properties").get(question);
			Row row = (condition == null) ? Row.answered(question) : row(question, condition);
			if (row == null) {
				return Optional.empty();
			}
			rows.add(row);
		}
		GuardRows read = new GuardRows(rows);
		return guard.equals(read.toGuard(typeOf)) ? Optional.of(read) : Optional.empty();
	}

	private static Row row(String question, JsonNode condition) {
		if (condition.size() != 1) {
			return null;
		}
		if (condition.has("const") && condition.get("const").isValueNode()) {
			return new Row(Check.IS, question, List.of(text(condition.get("const"))));
		}
		if (condition.path("not").size() == 1 && condition.path("not").has("const")) {
			return new Row(Check.IS_NOT, question, List.of(text(condition.path("not").get("const"))));
		}
		if (condition.path("enum").isArray()) {
			List<String> values = new ArrayList<>();
			condition.path("enum").forEach(value -> values.add(text(value)));
			return new Row(Check.IS_ONE_OF, question, values);
		}
		return null;
	}

	private static String text(JsonNode value) {
		return value.isString() ? value.asString() : value.toString();
	}

	/**
	 * The guard the rows compile to; {@code null} when there are none (the action may
	 * always happen).
	 * @param typeOf the JSON type of a question's answer
	 */
	public ObjectNode toGuard(Function<String, String> typeOf) {
		if (this.rows.isEmpty()) {
			return null;
		}
		ObjectNode guard = NODES.objectNode();
		List<Row> rules = this.rows.stream().filter(row -> row.check() == Check.RULE).toList();
		if (!rules.isEmpty()) {
			ArrayNode ids = guard.putArray("rules");
			rules.forEach(row -> ids.add(row.subject()));
		}
		List<Row> questions = this.rows.stream().filter(row -> row.check() != Check.RULE).toList();
		if (questions.isEmpty()) {
			return guard;
		}
		guard.put("type", "object");
		guard.putArray("required").add("data");
		ObjectNode data = guard.putObject("properties").putObject("data");
		data.put("type", "object");
		ArrayNode required = data.putArray("required");
		ObjectNode properties = NODES.objectNode();
		for (Row row : questions) {
			required.add(row.subject());
			String type = typeOf.apply(row.subject());
			switch (row.check()) {
				case IS -> properties.putObject(row.subject()).set("const", value(row.values().get(0), type));
				case IS_NOT ->
					properties.putObject(row.subject()).putObject("not").set("const", value(row.values().get(0), type));
				case IS_ONE_OF -> {
					ArrayNode values = properties.putObject(row.subject()).putArray("enum");
					row.values().forEach(value -> values.add(value(value, type)));
				}
				default -> {
				}
			}
		}
		if (!properties.isEmpty()) {
			data.set("properties", properties);
		}
		return guard;
	}

	/**
	 * A value typed as the question stores it (text that is not of its type stays text).
	 */
	private static JsonNode value(String text, String type) {
		if ("boolean".equals(type) && List.of("true", "yes", "false", "no").contains(text.toLowerCase(Locale.ROOT))) {
			return NODES.booleanNode(List.of("true", "yes").contains(text.toLowerCase(Locale.ROOT)));
		}
		if (("integer".equals(type) || "number".equals(type)) && text.matches("-?\\d+(\\.\\d+)?")) {
			if (text.contains(".")) {
				return NODES.numberNode(new java.math.BigDecimal(text));
			}
			long number = Long.parseLong(text);
			return (number == (int) number) ? NODES.numberNode((int) number) : NODES.numberNode(number);
		}
		return NODES.stringNode(text);
	}

}
