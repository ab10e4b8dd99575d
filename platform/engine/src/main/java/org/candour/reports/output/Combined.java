package org.candour.reports.output;

import java.util.List;
import java.util.Objects;

import org.candour.reports.ReportTable;

/**
 * A figure over several rows (a crosstab's row and column totals, a chart's bar), derived
 * only where the rows' figures add up: counts and sums add, percentages add their
 * numerators and denominators, minimums and maximums take the least and greatest. An
 * average, median or distinct count over several rows cannot be derived from the rows and
 * reads "n/a".
 */
final class Combined {

	private Combined() {
	}

	static ReportTable.Figure of(String measureType, List<ReportTable.Figure> figures) {
		List<ReportTable.Figure> present = figures.stream().filter(Objects::nonNull).toList();
		switch (String.valueOf(measureType)) {
			case "count", "sum":
				return ReportTable.Figure.of(present.stream()
					.map(ReportTable.Figure::value)
					.filter(Objects::nonNull)
					.mapToDouble(Double::doubleValue)
					.sum());
			case "percentage":
				if (present.stream().anyMatch(figure -> figure.numerator() == null || figure.denominator() == null)) {
					return null;
				}
				return ReportTable.Figure.percentage(present.stream().mapToLong(ReportTable.Figure::numerator).sum(),
						present.stream().mapToLong(ReportTable.Figure::denominator).sum());
			case "min":
				return extreme(present, true);
			case "max":
				return extreme(present, false);
			default:
				return (present.size() == 1) ? present.get(0) : null;
		}
	}

	private static ReportTable.Figure extreme(List<ReportTable.Figure> figures, boolean least) {
		return figures.stream()
			.map(ReportTable.Figure::value)
			.filter(Objects::nonNull)
			.reduce(least ? Math::min : Math::max)
			.map(ReportTable.Figure::of)
			.orElse(null);
	}

}
