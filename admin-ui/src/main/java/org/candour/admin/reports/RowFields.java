package org.candour.admin.reports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.candour.admin.PageProblem;
import org.candour.definition.editing.ConditionRows;
import org.candour.definition.editing.ReportConditions;

/**
 * A condition's rows as the measure page posts them: parallel lists of fields, operators
 * and values (values separated by commas), the empty rows left out, and whether all or
 * any must hold. A page always shows {@link #SHOWN} rows, so no JavaScript is needed.
 *
 * @param prefix the fields' name, {@code where} or {@code denominator}
 */
record RowFields(String prefix, String match, List<String> fields, List<String> operators, List<String> values) {

	static final int SHOWN = 4;

	RowFields {
		match = (match == null || match.isBlank()) ? "ALL" : match;
		fields = padded(fields);
		operators = padded(operators);
		values = padded(values);
	}

	static RowFields of(String prefix, ReportConditions conditions) {
		List<String> fields = new ArrayList<>();
		List<String> operators = new ArrayList<>();
		List<String> values = new ArrayList<>();
		if (conditions != null) {
			conditions.rows().forEach(row -> {
				fields.add(row.field());
				operators.add(row.operator().name());
				values.add(String.join(", ", row.values()));
			});
		}
		return new RowFields(prefix, (conditions == null) ? "ALL" : conditions.match().name(), fields, operators,
				values);
	}

	boolean isEmpty() {
		return this.fields.stream().allMatch(String::isBlank);
	}

	/** The rows filled in; {@code null} when none is. */
	ReportConditions conditions() {
		List<ReportConditions.Row> rows = new ArrayList<>();
		for (int i = 0; i < this.fields.size(); i++) {
			if (!this.fields.get(i).isBlank()) {
				rows.add(new ReportConditions.Row(this.fields.get(i).trim(), operator(i), values(i)));
			}
		}
		return rows.isEmpty() ? null : new ReportConditions(
				"ANY".equals(this.match) ? ConditionRows.Match.ANY : ConditionRows.Match.ALL, rows);
	}

	List<PageProblem> problems() {
		List<PageProblem> problems = new ArrayList<>();
		for (int i = 0; i < this.fields.size(); i++) {
			String field = this.fields.get(i).trim();
			if (field.isEmpty()) {
				continue;
			}
			if (!field.matches("[A-Za-z][A-Za-z0-9_-]*(\\.[A-Za-z0-9_-]+)*")) {
				problems.add(new PageProblem(id("Field", i),
						"Enter a field like outcome.decision or clocks.respond.status, without spaces"));
			}
			ReportConditions.Operator operator = operator(i);
			if (operator != ReportConditions.Operator.IS_RECORDED && values(i).isEmpty()) {
				problems.add(new PageProblem(id("Values", i), "Enter the value the field is compared with"));
			}
			else if ((operator == ReportConditions.Operator.IS || operator == ReportConditions.Operator.IS_NOT)
					&& values(i).size() > 1) {
				problems.add(new PageProblem(id("Values", i), "Enter one value, or choose ‘is one of’"));
			}
		}
		return problems;
	}

	/** The id of a row's input: {@code whereField-1} for the first row's field. */
	public String id(String part, int index) {
		return this.prefix + part + "-" + (index + 1);
	}

	private ReportConditions.Operator operator(int index) {
		try {
			return ReportConditions.Operator.valueOf(this.operators.get(index));
		}
		catch (IllegalArgumentException unknown) {
			return ReportConditions.Operator.IS;
		}
	}

	private List<String> values(int index) {
		return Arrays.stream(this.values.get(index).split(","))
			.map(String::trim)
			.filter(value -> !value.isEmpty())
			.toList();
	}

	private static List<String> padded(List<String> values) {
		List<String> padded = new ArrayList<>((values == null) ? List.of() : values);
		while (padded.size() < SHOWN) {
			padded.add("");
		}
		return List.copyOf(padded);
	}

}
