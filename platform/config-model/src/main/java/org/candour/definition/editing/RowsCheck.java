package org.candour.definition.editing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.candour.definition.model.FormLayout;
import org.candour.definition.model.FormQuestion;

/** Checks condition rows against the questions of a form. */
final class RowsCheck {

	/** Kinds whose answer is one value a condition can compare. */
	private static final Set<String> COMPARABLE = Set.of("text", "textarea", "number", "date", "email", "phone",
			"select", "radios", "yes-no");

	private final Map<String, FormQuestion> questions = new LinkedHashMap<>();

	private final List<String> order = new ArrayList<>();

	private final String question;

	RowsCheck(FormLayout form, String question) {
		form.pages().forEach(page -> page.questions().forEach(this::add));
		form.contact().forEach(this::add);
		this.question = question;
	}

	private void add(FormQuestion asked) {
		this.questions.put(asked.name(), asked);
		this.order.add(asked.name());
	}

	/** The kind of the named question ({@code text} when unknown). */
	String kind(String name) {
		FormQuestion asked = this.questions.get(name);
		return (asked == null) ? "text" : asked.kind();
	}

	/** The questions asked before this one that a row can compare, in order. */
	List<String> candidates() {
		int at = this.order.indexOf(this.question);
		List<String> before = (at < 0) ? this.order : this.order.subList(0, at);
		return before.stream().filter(name -> COMPARABLE.contains(this.questions.get(name).kind())).toList();
	}

	List<ConditionProblem> check(ConditionRows rows) {
		List<ConditionProblem> problems = new ArrayList<>();
		if (rows.rows().isEmpty()) {
			problems.add(new ConditionProblem("condition.rows-missing", "rows", "Add at least one condition"));
		}
		String first = rows.rows()
			.stream()
			.map(ConditionRows.Row::question)
			.filter(question -> question != null && !question.isBlank())
			.findFirst()
			.orElse(null);
		for (int i = 0; i < rows.rows().size(); i++) {
			check(rows.rows().get(i), "rows[" + i + "].", first, problems);
		}
		return problems;
	}

	private void check(ConditionRows.Row row, String field, String first, List<ConditionProblem> problems) {
		FormQuestion asked = (row.question() == null) ? null : this.questions.get(row.question());
		if (row.question() == null || row.question().isBlank()) {
			problems.add(new ConditionProblem("condition.question-missing", field + "question", "Choose a question"));
			return;
		}
		if (asked == null) {
			problems.add(new ConditionProblem("condition.question-unknown", field + "question",
					"The question " + Words.quoted(row.question()) + " is not on this form: choose another question"));
			return;
		}
		String label = label(asked);
		if (!row.question().equals(first)) {
			problems.add(new ConditionProblem("condition.several-questions", field + "question",
					"Every condition must be about the same question: a question can only depend on one other "
							+ "question's answer"));
		}
		else if (row.question().equals(this.question)) {
			problems.add(new ConditionProblem("condition.own-question", field + "question",
					"A question cannot depend on its own answer: choose another question"));
		}
		else if (this.order.indexOf(row.question()) > this.order.indexOf(this.question)
				&& this.order.contains(this.question)) {
			problems.add(new ConditionProblem("condition.question-later", field + "question",
					"The question " + label + " is asked later in the form: choose a question asked before this one"));
		}
		else if (!COMPARABLE.contains(asked.kind())) {
			problems.add(new ConditionProblem("condition.question-kind", field + "question",
					"A condition cannot check the answer to " + label
							+ ": choose a question answered with one option, yes or no, a number or text"));
		}
		else {
			checkValues(row, asked, label, field + "values", problems);
		}
	}

	private static void checkValues(ConditionRows.Row row, FormQuestion asked, String label, String field,
			List<ConditionProblem> problems) {
		List<String> values = row.values().stream().filter(value -> value != null && !value.isBlank()).toList();
		if (values.isEmpty() || values.size() != row.values().size()) {
			problems.add(new ConditionProblem("condition.value-missing", field,
					asked.choices().isEmpty() && !"yes-no".equals(asked.kind()) ? "Enter the answer to check"
							: "Choose the answer to check"));
			return;
		}
		if (row.operator() != ConditionRows.Operator.IS_ONE_OF && values.size() > 1) {
			problems.add(new ConditionProblem("condition.value-too-many", field,
					"Choose one answer, or choose 'is one of' to check several"));
		}
		for (String value : values) {
			if (!allowed(asked, value)) {
				problems.add(new ConditionProblem("condition.value-unknown", field,
						Words.quoted(value) + " is not an answer to " + label + ": choose one of its answers"));
			}
		}
	}

	private static boolean allowed(FormQuestion asked, String value) {
		if ("yes-no".equals(asked.kind())) {
			return "true".equals(value) || "false".equals(value);
		}
		if ("number".equals(asked.kind())) {
			try {
				new BigDecimal(value.trim());
				return true;
			}
			catch (NumberFormatException ex) {
				return false;
			}
		}
		return asked.choices().isEmpty() || asked.choices().stream().anyMatch(choice -> choice.value().equals(value));
	}

	private static String label(FormQuestion asked) {
		String label = Words.english(asked.label());
		return Words.quoted((label == null) ? asked.name() : label);
	}

}
