package org.candour.admin.reports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.candour.admin.PageProblem;
import org.candour.definition.editing.ReportConditions;
import org.candour.definition.editing.ReportMeasure;
import tools.jackson.databind.JsonNode;

/**
 * A figure as posted: its heading and calculation, the field or the two events it
 * measures between, its condition and a percentage's denominator as rows, and its target.
 */
record MeasureForm(String label, String type, String field, String from, String to, String unit, String whereMatch,
		List<String> whereField, List<String> whereOperator, List<String> whereValues, String denominatorMatch,
		List<String> denominatorField, List<String> denominatorOperator, List<String> denominatorValues, String target,
		String hash) {

	private static final Set<String> AGGREGATES = Set.of("avg", "sum", "min", "max", "median");

	MeasureForm {
		label = (label == null) ? "" : label.trim();
		type = (type == null) ? "" : type;
		field = (field == null) ? "" : field.trim();
		from = (from == null) ? "" : from;
		to = (to == null) ? "" : to;
		unit = (unit == null) ? "" : unit;
		target = (target == null) ? "" : target.trim();
	}

	static MeasureForm of(ReportMeasure measure, String hash) {
		RowFields where = RowFields.of("where", ReportConditions.of(measure.where()).orElse(null));
		RowFields denominator = RowFields.of("denominator",
				ReportConditions.of(measure.denominatorWhere()).orElse(null));
		return new MeasureForm(measure.label(), measure.type(), measure.field(), measure.from(), measure.to(),
				measure.unit(), where.match(), where.fields(), where.operators(), where.values(), denominator.match(),
				denominator.fields(), denominator.operators(), denominator.values(), (measure.target() == null) ? ""
						: new BigDecimal(measure.target().toString()).stripTrailingZeros().toPlainString(),
				hash);
	}

	static MeasureForm empty(String hash) {
		return new MeasureForm("", "count", "", "", "", "", "ALL", null, null, null, "ALL", null, null, null, "", hash);
	}

	RowFields where() {
		return new RowFields("where", this.whereMatch, this.whereField, this.whereOperator, this.whereValues);
	}

	RowFields denominator() {
		return new RowFields("denominator", this.denominatorMatch, this.denominatorField, this.denominatorOperator,
				this.denominatorValues);
	}

	/**
	 * @param keptWhere the condition as written when the rows cannot show it (kept unless
	 * rows are filled in); {@code null} for none
	 */
	List<PageProblem> problems(boolean keptWhere) {
		List<PageProblem> problems = new ArrayList<>();
		if (this.label.isEmpty()) {
			problems.add(new PageProblem("label", "Enter a heading for the figure"));
		}
		if (ReportChoices.MEASURES.stream().noneMatch(choice -> choice.value().equals(this.type))) {
			problems.add(new PageProblem("type", "Select how the figure is calculated"));
		}
		if ("percentage".equals(this.type) && where().isEmpty() && !keptWhere) {
			problems
				.add(new PageProblem("whereField-1", "Enter the condition the cases counted in the percentage meet"));
		}
		if (AGGREGATES.contains(this.type) && this.field.isEmpty() && (this.from.isEmpty() || this.to.isEmpty())) {
			problems.add(new PageProblem(this.from.isEmpty() ? "from" : "to",
					"Select the two events to measure the time between, or enter a number field"));
		}
		if ("distinct".equals(this.type) && this.field.isEmpty()) {
			problems.add(new PageProblem("field", "Enter the field whose different values are counted"));
		}
		problems.addAll(where().problems());
		problems.addAll(denominator().problems());
		if (!this.target.isEmpty() && targetNumber() == null) {
			problems.add(new PageProblem("target", "Enter the target as a number, like 85"));
		}
		return problems;
	}

	/**
	 * @param id the figure's id; {@code null} for a new one
	 * @param before the figure as written, for the conditions the rows cannot show;
	 * {@code null} for a new one
	 */
	ReportMeasure measure(String id, ReportMeasure before) {
		boolean between = AGGREGATES.contains(this.type) && this.field.isEmpty();
		boolean fielded = AGGREGATES.contains(this.type) || "distinct".equals(this.type);
		return new ReportMeasure(id, this.label, this.type, (fielded && !this.field.isEmpty()) ? this.field : null,
				between ? this.from : null, between ? this.to : null,
				between ? (this.unit.isEmpty() || keptDefault(before) ? null : this.unit) : null,
				condition(where(), (before == null) ? null : before.where()),
				"percentage".equals(this.type)
						? condition(denominator(), (before == null) ? null : before.denominatorWhere()) : null,
				targetNumber());
	}

	/** The unit left unwritten when it was and the default is chosen. */
	private boolean keptDefault(ReportMeasure before) {
		return "working-days".equals(this.unit) && (before == null || before.unit() == null);
	}

	private static JsonNode condition(RowFields rows, JsonNode before) {
		ReportConditions conditions = rows.conditions();
		if (conditions != null) {
			return conditions.schema();
		}
		boolean unreadable = before != null && ReportConditions.of(before).isEmpty();
		return unreadable ? before : null;
	}

	private Double targetNumber() {
		try {
			return this.target.isEmpty() ? null : Double.valueOf(this.target);
		}
		catch (NumberFormatException notANumber) {
			return null;
		}
	}

}
