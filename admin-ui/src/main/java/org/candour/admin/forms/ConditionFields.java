package org.candour.admin.forms;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.candour.definition.editing.ConditionRows;

import org.springframework.util.MultiValueMap;

/**
 * The condition page's fields as sent: its rows ({@code rows[0].question},
 * {@code rows[0].operator}, {@code rows[0].values}), whether all or any must hold, and
 * the form's hash as the page read it. Rows are added and removed by posting the page
 * back, so it works without JavaScript.
 *
 * @param effect {@code SHOW} or {@code HIDE}, as the condition was
 * @param match {@code all} or {@code any}
 * @param rows the rows in order
 * @param hash the form's hash as read
 */
record ConditionFields(String effect, String match, List<Row> rows, String hash) {

	/** The most rows a page takes (more than any question needs). */
	private static final int MOST_ROWS = 20;

	private static final Pattern ROW_FIELD = Pattern.compile("^rows\\[(\\d{1,2})\\]\\.(question|operator|values)$");

	ConditionFields {
		rows = List.copyOf(rows);
	}

	/**
	 * One row as sent.
	 *
	 * @param question the data name of the question it checks ("" when none chosen)
	 * @param operator {@code is}, {@code is-not} or {@code is-one-of}
	 * @param values the answers chosen or typed
	 */
	record Row(String question, String operator, List<String> values) {

		Row {
			values = List.copyOf(values);
		}

		static Row empty(String question) {
			return new Row(question, "is", List.of());
		}

		boolean blank() {
			return this.question.isBlank() && this.values.stream().allMatch(String::isBlank);
		}

	}

	/** A new condition: one empty row. */
	static ConditionFields empty(String hash) {
		return new ConditionFields("SHOW", "all", List.of(Row.empty("")), hash);
	}

	/** The rows of a condition already on the question. */
	static ConditionFields of(ConditionRows rows, String hash) {
		return new ConditionFields(rows.effect().name(), rows.match().name().toLowerCase(java.util.Locale.ROOT),
				rows.rows()
					.stream()
					.map(row -> new Row(row.question(), operator(row.operator()), row.values()))
					.toList(),
				hash);
	}

	/**
	 * The fields posted; a text answer checked against several values is split at commas.
	 */
	static ConditionFields read(MultiValueMap<String, String> posted, Map<String, Boolean> textQuestions) {
		int count = 0;
		for (String key : posted.keySet()) {
			Matcher field = ROW_FIELD.matcher(key);
			if (field.matches()) {
				count = Math.max(count, Integer.parseInt(field.group(1)) + 1);
			}
		}
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < Math.min(count, MOST_ROWS); i++) {
			String question = first(posted, "rows[" + i + "].question");
			String operator = first(posted, "rows[" + i + "].operator");
			List<String> values = new ArrayList<>();
			for (String value : posted.getOrDefault("rows[" + i + "].values", List.of())) {
				if ("is-one-of".equals(operator) && textQuestions.getOrDefault(question, false)) {
					Arrays.stream(value.split(","))
						.map(String::trim)
						.filter(part -> !part.isEmpty())
						.forEach(values::add);
				}
				else if (!value.isBlank()) {
					values.add(value.trim());
				}
			}
			rows.add(new Row(question, operator.isBlank() ? "is" : operator, values));
		}
		if (rows.isEmpty()) {
			rows.add(Row.empty(""));
		}
		String effect = "HIDE".equals(first(posted, "effect")) ? "HIDE" : "SHOW";
		return new ConditionFields(effect, "any".equals(first(posted, "match")) ? "any" : "all", rows,
				first(posted, "hash"));
	}

	/**
	 * The fields again with no answers on the rows whose question was changed since the
	 * page showed that question's answers ({@code rows[0].answersFor}); empty when none
	 * was, so the answers sent are answers to the question chosen.
	 */
	Optional<ConditionFields> questionsChanged(MultiValueMap<String, String> posted) {
		boolean changed = false;
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < this.rows.size(); i++) {
			Row row = this.rows.get(i);
			String shown = posted.getFirst("rows[" + i + "].answersFor");
			if (shown != null && !shown.trim().equals(row.question())) {
				changed = true;
				rows.add(new Row(row.question(), row.operator(), List.of()));
			}
			else {
				rows.add(row);
			}
		}
		return changed ? Optional.of(new ConditionFields(this.effect, this.match, rows, this.hash)) : Optional.empty();
	}

	/** With an empty row at the end, about the same question as the first row. */
	ConditionFields withRow() {
		List<Row> more = new ArrayList<>(this.rows);
		more.add(Row.empty(this.rows.isEmpty() ? "" : this.rows.get(0).question()));
		return new ConditionFields(this.effect, this.match, more, this.hash);
	}

	/** Without row {@code index} (one empty row when it was the last). */
	ConditionFields without(int index) {
		List<Row> fewer = new ArrayList<>(this.rows);
		if (index >= 0 && index < fewer.size()) {
			fewer.remove(index);
		}
		if (fewer.isEmpty()) {
			fewer.add(Row.empty(""));
		}
		return new ConditionFields(this.effect, this.match, fewer, this.hash);
	}

	/** Without the rows nothing was entered in (a row added and left empty). */
	ConditionFields withoutBlankRows() {
		return new ConditionFields(this.effect, this.match, this.rows.stream().filter(row -> !row.blank()).toList(),
				this.hash);
	}

	/** The rows as the configuration model takes them. */
	ConditionRows toRows() {
		return new ConditionRows(ConditionRows.Effect.valueOf(this.effect),
				"any".equals(this.match) ? ConditionRows.Match.ANY : ConditionRows.Match.ALL,
				this.rows.stream()
					.map(row -> new ConditionRows.Row(row.question(), operator(row.operator()), row.values()))
					.toList());
	}

	private static String first(MultiValueMap<String, String> posted, String key) {
		String value = posted.getFirst(key);
		return (value == null) ? "" : value.trim();
	}

	static String operator(ConditionRows.Operator operator) {
		return switch (operator) {
			case IS -> "is";
			case IS_NOT -> "is-not";
			case IS_ONE_OF -> "is-one-of";
		};
	}

	private static ConditionRows.Operator operator(String operator) {
		return switch (operator) {
			case "is-not" -> ConditionRows.Operator.IS_NOT;
			case "is-one-of" -> ConditionRows.Operator.IS_ONE_OF;
			default -> ConditionRows.Operator.IS;
		};
	}

}
