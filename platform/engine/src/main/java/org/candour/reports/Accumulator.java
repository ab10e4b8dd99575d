package org.candour.reports;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.bson.Document;
import org.bson.types.Decimal128;

/**
 * One measure's running figures in one row, which merge with the same measure's figures
 * of another partition: cases counted, sum, smallest and largest value, the denominator
 * of a percentage, every value (for a median) and the distinct values (for a distinct
 * count).
 */
final class Accumulator {

	private long count;

	private double sum;

	private Double min;

	private Double max;

	private long denominator;

	private final List<Double> values = new ArrayList<>();

	private final Set<Object> distinct = new LinkedHashSet<>();

	/** Cases the measure counted (for a percentage, its numerator). */
	void addCount(long cases) {
		this.count += cases;
	}

	void addDenominator(long cases) {
		this.denominator += cases;
	}

	/** The sum, smallest and largest of {@code cases} values. */
	void addValues(long cases, double sum, double min, double max) {
		this.count += cases;
		this.sum += sum;
		this.min = (this.min == null) ? min : Math.min(this.min, min);
		this.max = (this.max == null) ? max : Math.max(this.max, max);
	}

	/** One value, kept when the median is needed. */
	void addValue(double value, boolean keep) {
		addValues(1, value, value, value);
		if (keep) {
			this.values.add(value);
		}
	}

	void keepValues(Collection<Double> values) {
		this.values.addAll(values);
	}

	void addDistinct(Collection<?> values) {
		values.forEach(value -> this.distinct.add(canonical(value)));
	}

	/** A copy of this accumulator with another's figures added. */
	Accumulator plus(Accumulator other) {
		Accumulator merged = new Accumulator();
		for (Accumulator each : List.of(this, other)) {
			merged.count += each.count;
			merged.sum += each.sum;
			merged.denominator += each.denominator;
			if (each.min != null) {
				merged.addValues(0, 0, each.min, each.max);
			}
			merged.values.addAll(each.values);
			merged.distinct.addAll(each.distinct);
		}
		return merged;
	}

	ReportTable.Figure figure(String type) {
		return switch (type) {
			case "percentage" -> ReportTable.Figure.percentage(this.count, this.denominator);
			case "sum" -> ReportTable.Figure.of(this.sum);
			case "avg" -> ReportTable.Figure.of((this.count == 0) ? null : this.sum / this.count);
			case "min" -> ReportTable.Figure.of(this.min);
			case "max" -> ReportTable.Figure.of(this.max);
			case "median" -> ReportTable.Figure.of(median());
			case "distinct" -> ReportTable.Figure.of((double) this.distinct.size());
			default -> ReportTable.Figure.of((double) this.count);
		};
	}

	private Double median() {
		if (this.values.isEmpty()) {
			return null;
		}
		List<Double> sorted = this.values.stream().sorted().toList();
		int middle = sorted.size() / 2;
		return (sorted.size() % 2 == 1) ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
	}

	Document toDocument() {
		Document document = new Document("count", this.count).append("sum", this.sum)
			.append("denominator", this.denominator);
		if (this.min != null) {
			document.append("min", this.min).append("max", this.max);
		}
		if (!this.values.isEmpty()) {
			document.append("values", this.values);
		}
		if (!this.distinct.isEmpty()) {
			document.append("distinct", new ArrayList<>(this.distinct));
		}
		return document;
	}

	static Accumulator fromDocument(Document document) {
		Accumulator accumulator = new Accumulator();
		accumulator.count = ((Number) document.get("count")).longValue();
		accumulator.sum = ((Number) document.get("sum")).doubleValue();
		accumulator.denominator = ((Number) document.get("denominator")).longValue();
		if (document.get("min") != null) {
			accumulator.min = ((Number) document.get("min")).doubleValue();
			accumulator.max = ((Number) document.get("max")).doubleValue();
		}
		document.getList("values", Number.class, List.of())
			.forEach(value -> accumulator.values.add(value.doubleValue()));
		accumulator.addDistinct(document.getList("distinct", Object.class, List.of()));
		return accumulator;
	}

	/**
	 * A value as MongoDB compares it: 1, 1L and 1.0 are the same value, in a list or not.
	 */
	static Object canonical(Object value) {
		if (value instanceof Decimal128 decimal) {
			return decimal.bigDecimalValue().doubleValue();
		}
		if (value instanceof Number number) {
			return number.doubleValue();
		}
		if (value instanceof List<?> list) {
			return list.stream().map(Accumulator::canonical).toList();
		}
		return value;
	}

}
