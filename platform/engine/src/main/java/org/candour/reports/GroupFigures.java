package org.candour.reports;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.candour.definition.model.ReportDefinition;
import org.candour.surveys.SmallNumbers;

/**
 * The figures of a table that depend on other rows or on the definition rather than on
 * one row's records: a {@code share} (the row's count as a percentage of the counts of
 * its group: the rows with the same values of every dimension but the last; no figure for
 * a row that counts none), a {@code population} share (from the definition's population,
 * by the row's question and answer), and, for a source that always suppresses small
 * numbers, the suppression the survey module applies ({@link SmallNumbers}) to the counts
 * of each group and to the totals: a withheld count withholds its share too.
 */
final class GroupFigures {

	private final ReportDefinition report;

	GroupFigures(ReportDefinition report) {
		this.report = report;
	}

	ReportTable apply(ReportTable table) {
		List<ReportTable.Row> rows = table.rows();
		List<Map<String, ReportTable.Figure>> values = new ArrayList<>();
		rows.forEach(row -> values.add(new LinkedHashMap<>(row.values())));
		Map<String, ReportTable.Figure> totals = new LinkedHashMap<>(table.totals());
		List<List<String>> groups = rows.stream().map(this::group).toList();
		boolean suppressing = this.report.reportSource().suppressed();
		List<String> countedMeasures = this.report.measures()
			.stream()
			.filter(measure -> "count".equals(measure.type()) || "share".equals(measure.type()))
			.map(ReportDefinition.Measure::id)
			.toList();
		Set<Integer> withheld = suppressing ? withheld(countedMeasures, values, groups) : Set.of();
		for (ReportDefinition.Measure measure : this.report.measures()) {
			String id = measure.id();
			boolean counted = countedMeasures.contains(id);
			boolean totalWithheld = suppressing && counted && SmallNumbers.totalSuppressed(count(totals.get(id)));
			if ("share".equals(measure.type())) {
				Map<List<String>, Long> ofGroup = new LinkedHashMap<>();
				for (int i = 0; i < rows.size(); i++) {
					ofGroup.merge(groups.get(i), count(values.get(i).get(id)), Long::sum);
				}
				for (int i = 0; i < rows.size(); i++) {
					values.get(i).put(id, share(count(values.get(i).get(id)), ofGroup.get(groups.get(i))));
				}
				long total = count(totals.get(id));
				totals.put(id, share(total, total));
			}
			if ("population".equals(measure.type())) {
				for (int i = 0; i < rows.size(); i++) {
					values.get(i).put(id, ReportTable.Figure.of(population(rows.get(i))));
				}
				totals.put(id, ReportTable.Figure.of((Double) null));
			}
			if (counted) {
				withheld.forEach(i -> values.get(i).put(id, ReportTable.Figure.withheld()));
			}
			if (totalWithheld) {
				totals.put(id, ReportTable.Figure.withheld());
			}
		}
		List<ReportTable.Row> figured = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			figured.add(new ReportTable.Row(rows.get(i).key(), values.get(i)));
		}
		return new ReportTable(table.columns(), figured, totals);
	}

	/**
	 * The rows whose counts are withheld, the same rows for every counted measure (else
	 * one measure's visible count could give away another's withheld one): each measure's
	 * suppression within each group, then, until nothing changes, a group in which some
	 * measure has exactly one withheld count above 0 withholds that measure's smallest
	 * other count above 0 too.
	 */
	private static Set<Integer> withheld(List<String> measures, List<Map<String, ReportTable.Figure>> values,
			List<List<String>> groups) {
		Map<List<String>, List<Integer>> byGroup = new LinkedHashMap<>();
		for (int i = 0; i < values.size(); i++) {
			byGroup.computeIfAbsent(groups.get(i), unused -> new ArrayList<>()).add(i);
		}
		Set<Integer> withheld = new HashSet<>();
		for (List<Integer> rows : byGroup.values()) {
			for (String id : measures) {
				Map<String, Long> counts = new LinkedHashMap<>();
				rows.forEach(i -> counts.put(Integer.toString(i), count(values.get(i).get(id))));
				SmallNumbers.suppressed(counts).forEach(row -> withheld.add(Integer.parseInt(row)));
			}
			boolean changed = true;
			while (changed) {
				changed = false;
				for (String id : measures) {
					List<Integer> hidden = rows.stream()
						.filter(i -> withheld.contains(i) && count(values.get(i).get(id)) > 0)
						.toList();
					if (hidden.size() == 1) {
						Integer next = rows.stream()
							.filter(i -> !withheld.contains(i) && count(values.get(i).get(id)) > 0)
							.min(java.util.Comparator.comparingLong((Integer i) -> count(values.get(i).get(id))))
							.orElse(null);
						if (next != null) {
							withheld.add(next);
							changed = true;
						}
					}
				}
			}
		}
		return withheld;
	}

	private static ReportTable.Figure share(long count, long of) {
		return (count == 0) ? ReportTable.Figure.of((Double) null) : ReportTable.Figure.percentage(count, of);
	}

	private List<String> group(ReportTable.Row row) {
		List<ReportDefinition.Dimension> dimensions = this.report.dimensions();
		List<String> group = new ArrayList<>();
		for (int i = 0; i < dimensions.size() - 1; i++) {
			group.add(row.key().get(dimensions.get(i).id()));
		}
		return group;
	}

	private Double population(ReportTable.Row row) {
		ReportDefinition.Population population = this.report.population();
		String question = null;
		String answer = null;
		for (ReportDefinition.Dimension dimension : this.report.dimensions()) {
			if ("question".equals(dimension.field())) {
				question = row.key().get(dimension.id());
			}
			if ("answer".equals(dimension.field())) {
				answer = row.key().get(dimension.id());
			}
		}
		return (population == null || question == null || answer == null) ? null : population.share(question, answer);
	}

	private static long count(ReportTable.Figure figure) {
		return (figure == null || figure.value() == null) ? 0 : Math.round(figure.value());
	}

}
