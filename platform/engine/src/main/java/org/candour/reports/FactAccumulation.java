package org.candour.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.candour.definition.model.ReportDefinition;

/**
 * One report's figures over the records of a source other than the cases, counted in
 * memory into the same {@link Partial} the case aggregation gives (so tabling, stored
 * results and outputs are the same): the records in the run's period (by the source's
 * day), of the report's feedback types and passing its filters, grouped by the
 * dimensions' values; a record's weight is how many it stands for (an answer count).
 */
final class FactAccumulation {

	private final ReportDefinition report;

	private final ReportRunner.Run run;

	FactAccumulation(ReportDefinition report, ReportRunner.Run run) {
		this.report = report;
		this.run = run;
	}

	Partial of(List<Fact> facts) {
		Map<List<String>, Map<String, Accumulator>> rows = new TreeMap<>(Partial.ROW_ORDER);
		for (Fact fact : facts) {
			if (!counted(fact)) {
				continue;
			}
			List<String> key = new ArrayList<>();
			this.report.dimensions().forEach(dimension -> key.add(text(fact.value(dimension.field()))));
			Map<String, Accumulator> row = rows.computeIfAbsent(key, unused -> new LinkedHashMap<>());
			for (ReportDefinition.Measure measure : this.report.measures()) {
				Accumulator figures = row.computeIfAbsent(measure.id(), unused -> new Accumulator());
				add(measure, fact, figures);
			}
		}
		return new Partial(rows);
	}

	private boolean counted(Fact fact) {
		if (fact.day() != null) {
			if ((this.run.from() != null && fact.day().isBefore(this.run.from()))
					|| (this.run.to() != null && fact.day().isAfter(this.run.to()))) {
				return false;
			}
		}
		else if (this.report.reportSource().periodic() && (this.run.from() != null || this.run.to() != null)) {
			return false;
		}
		if (!this.report.feedbackTypes().isEmpty()
				&& !this.report.feedbackTypes().contains(String.valueOf(fact.value("feedbackType")))) {
			return false;
		}
		return this.report.filters().stream().allMatch(filter -> FactConditions.passes(filter, fact));
	}

	private static void add(ReportDefinition.Measure measure, Fact fact, Accumulator figures) {
		switch (measure.type()) {
			case "population" -> {
				// the population's share is the definition's, set when tabled
			}
			case "percentage" -> {
				if (FactConditions.test(measure.denominatorWhere(), fact)) {
					figures.addDenominator(fact.weight());
				}
				if (FactConditions.test(measure.where(), fact)) {
					figures.addCount(fact.weight());
				}
			}
			case "distinct" -> {
				Object value = fact.value(measure.field());
				if (value != null && FactConditions.test(measure.where(), fact)) {
					figures.addDistinct(List.of(value));
				}
			}
			case "sum", "avg", "min", "max", "median" -> {
				if (fact.value(measure.field()) instanceof Number number
						&& FactConditions.test(measure.where(), fact)) {
					for (long i = 0; i < fact.weight(); i++) {
						figures.addValue(number.doubleValue(), "median".equals(measure.type()));
					}
				}
			}
			default -> {
				if (FactConditions.test(measure.where(), fact)) {
					figures.addCount(fact.weight());
				}
			}
		}
	}

	private static String text(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof Double number && number == Math.rint(number)) {
			return String.valueOf(number.longValue());
		}
		return String.valueOf(value);
	}

}
