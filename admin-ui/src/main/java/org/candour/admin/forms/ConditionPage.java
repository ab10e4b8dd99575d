package org.candour.admin.forms;

import java.util.ArrayList;
import java.util.List;

import org.candour.admin.Texts;
import org.candour.definition.editing.ConditionRows;
import org.candour.definition.model.FormQuestion;

/**
 * The condition page as its template shows it: each row's question (the earlier questions
 * a condition can check), how the answer is compared and the answers to choose (a yes/no
 * question's Yes and No, a choice question's options, else a text box).
 *
 * @param effect {@code SHOW} or {@code HIDE}
 * @param match {@code all} or {@code any}
 * @param hash the form's hash as read
 * @param questions the questions a row may check
 * @param rows the rows
 */
record ConditionPage(String effect, String match, String hash, List<KindChoice> questions, List<RowView> rows) {

	static final List<KindChoice> OPERATORS = List.of(new KindChoice("is", "is"), new KindChoice("is-not", "is not"),
			new KindChoice("is-one-of", "is one of"));

	static final List<KindChoice> MATCHES = List.of(new KindChoice("all", "All of these conditions are true"),
			new KindChoice("any", "Any of these conditions is true"));

	static ConditionPage of(ConditionFields fields, FormQuestions form, String question) {
		List<KindChoice> questions = ConditionRows.questionsToCheck(form.layout(), question)
			.stream()
			.map(name -> new KindChoice(name, form.label(name)))
			.toList();
		List<RowView> rows = new ArrayList<>();
		for (int i = 0; i < fields.rows().size(); i++) {
			rows.add(RowView.of(i, fields.rows().get(i), form));
		}
		return new ConditionPage(fields.effect(), fields.match(), fields.hash(), questions, rows);
	}

	public String lead() {
		return "SHOW".equals(this.effect) ? "Show this question when" : "Hide this question when";
	}

	/**
	 * One row.
	 *
	 * @param index from 0
	 * @param question the question checked ("" when none is chosen yet)
	 * @param operator how its answer is compared
	 * @param answerKind {@code none} (no question chosen), {@code yes-no},
	 * {@code choices} or {@code text}
	 * @param answers the answers to choose from, with whether each is chosen
	 * @param text the answers typed (text questions), separated by commas
	 */
	record RowView(int index, String question, String operator, String answerKind, List<Answer> answers, String text) {

		static RowView of(int index, ConditionFields.Row row, FormQuestions form) {
			FormQuestion asked = form.byName().get(row.question());
			String kind = (asked == null) ? (row.question().isBlank() ? "none" : "text")
					: form.answerKind(row.question());
			List<Answer> answers = new ArrayList<>();
			if ("yes-no".equals(kind)) {
				answers.add(new Answer("true", "Yes", row.values().contains("true")));
				answers.add(new Answer("false", "No", row.values().contains("false")));
			}
			else if ("choices".equals(kind)) {
				asked.choices()
					.forEach(choice -> answers.add(new Answer(choice.value(),
							Texts.english(choice.label(), choice.value()), row.values().contains(choice.value()))));
			}
			return new RowView(index, row.question(), row.operator(), kind, answers, String.join(", ", row.values()));
		}

		/** The prefix of its fields' names and ids, e.g. {@code rows[0].}. */
		public String field(String part) {
			return "rows[" + this.index + "]." + part;
		}

		public int number() {
			return this.index + 1;
		}

	}

	/**
	 * An answer to choose.
	 *
	 * @param value as stored
	 * @param label in words
	 * @param chosen whether the row has it
	 */
	record Answer(String value, String label, boolean chosen) {
	}

}
