package org.candour.definition.editing;

import java.util.List;
import java.util.Optional;

import org.candour.definition.model.FormLayout;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A question's condition as rows an administrator fills in:
 * {@code show this question when
 * <question> <is | is not | is one of> <answers>}, all rows or any row holding. Rows are
 * the form's way to write a JSON Forms {@code rule}; they only write shapes the resident
 * renderer evaluates, one condition on one question's answer:
 * <ul>
 * <li>one row: {@code is} → {@code {"const": v}}, {@code is not} → {@code {"not":
 * {"const": v}}}, {@code is one of} → {@code {"enum": [v, …]}};</li>
 * <li>several rows: {@code {"allOf": [row, …]}} (all) or {@code {"anyOf": [row, …]}}
 * (any), every row about the same question, because a rule's condition has one
 * {@code scope}.</li>
 * </ul>
 * As in the renderer, a condition never holds while its question is unanswered: "show
 * when X is not Y" keeps the question hidden until X is answered.
 *
 * @param effect whether the question is shown or hidden when the rows hold
 * @param match whether all rows or any row must hold
 * @param rows the rows, at least one
 */
public record ConditionRows(Effect effect, Match match, List<Row> rows) {

	public ConditionRows {
		rows = List.copyOf(rows);
	}

	/** Show or hide the question when the condition holds. */
	public enum Effect {

		SHOW, HIDE

	}

	/** Whether all rows or any row must hold. */
	public enum Match {

		ALL, ANY

	}

	/** How a row compares the answer. */
	public enum Operator {

		/** The answer is the one value. */
		IS,
		/** The answer is not the one value (and there is an answer). */
		IS_NOT,
		/** The answer is one of the values. */
		IS_ONE_OF

	}

	/**
	 * One row.
	 *
	 * @param question the data name of the question whose answer is checked
	 * @param operator how the answer is compared
	 * @param values the answers as the form stores them, written as text ({@code true}
	 * and {@code false} for a yes/no question, digits for a number)
	 */
	public record Row(String question, Operator operator, List<String> values) {

		public Row {
			values = List.copyOf(values);
		}

	}

	/**
	 * The rows that say the same as {@code rule} (a control's JSON Forms {@code rule});
	 * empty when the rule cannot be shown as rows (another effect, a nested scope, a
	 * schema of another shape), so the editor offers its JSON instead.
	 */
	public static Optional<ConditionRows> of(JsonNode rule) {
		return RuleShapes.rows(rule);
	}

	/**
	 * What is wrong with the rows, for the condition of {@code question} on {@code form};
	 * empty when they can be saved.
	 * @param form the form's layout, e.g. {@code Form.layout()} of the normalised form
	 * (its questions and their options)
	 * @param question the data name of the question the condition is on
	 */
	public List<ConditionProblem> check(FormLayout form, String question) {
		return new RowsCheck(form, question).check(this);
	}

	/**
	 * The questions a row of the condition of {@code question} may check, in the form's
	 * order: those asked before it whose answer is one value (an option, yes or no, a
	 * number or text).
	 * @param form the form's layout
	 * @param question the data name of the question the condition is on
	 */
	public static List<String> questionsToCheck(FormLayout form, String question) {
		return new RowsCheck(form, question).candidates();
	}

	/**
	 * The JSON Forms {@code rule} for a control, e.g. {@code {"effect": "SHOW",
	 * "condition": {"scope": "#/properties/raisedBefore", "schema": {"const": true}}}};
	 * values typed as the question stores them.
	 * @throws IllegalArgumentException when {@link #check} finds a problem
	 */
	public ObjectNode toRule(FormLayout form, String question) {
		List<ConditionProblem> problems = check(form, question);
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException(problems.get(0).message());
		}
		return RuleShapes.rule(this, new RowsCheck(form, question)::kind);
	}

}
