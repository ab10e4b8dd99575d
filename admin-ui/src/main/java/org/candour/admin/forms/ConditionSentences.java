package org.candour.admin.forms;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.candour.definition.editing.ConditionRows;
import org.candour.definition.editing.FormView;

/**
 * Each question's condition in words, as the form page shows it, e.g. "Shown when ‘Did a
 * member of staff help you?’ is Yes".
 */
final class ConditionSentences {

	private ConditionSentences() {
	}

	/** The words of each question's condition, by question name (questions with one). */
	static Map<String, String> of(FormView view, FormQuestions questions) {
		Map<String, String> words = new LinkedHashMap<>();
		for (FormView.Question question : view.questions()) {
			if (question.condition() != null && !question.condition().isNull()) {
				words.put(question.name(), words(ConditionRows.of(question.condition()), questions));
			}
		}
		return words;
	}

	static String words(Optional<ConditionRows> condition, FormQuestions questions) {
		if (condition.isEmpty()) {
			return "Asked only under a condition the form builder cannot show as rows (see the JSON view)";
		}
		ConditionRows rows = condition.get();
		StringBuilder words = new StringBuilder(
				(rows.effect() == ConditionRows.Effect.SHOW) ? "Shown when " : "Hidden when ");
		for (int i = 0; i < rows.rows().size(); i++) {
			ConditionRows.Row row = rows.rows().get(i);
			if (i > 0) {
				words.append((rows.match() == ConditionRows.Match.ALL) ? " and " : " or ");
			}
			words.append('‘').append(questions.label(row.question())).append("’ ").append(switch (row.operator()) {
				case IS -> "is ";
				case IS_NOT -> "is not ";
				case IS_ONE_OF -> "is one of ";
			});
			words.append(answers(row, questions));
		}
		return words.toString();
	}

	private static String answers(ConditionRows.Row row, FormQuestions questions) {
		List<String> answers = row.values().stream().map(value -> questions.answer(row.question(), value)).toList();
		if (answers.size() < 2) {
			return String.join("", answers);
		}
		return String.join(", ", answers.subList(0, answers.size() - 1)) + " or " + answers.get(answers.size() - 1);
	}

}
