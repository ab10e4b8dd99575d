package org.candour.reports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.bson.Document;

/**
 * A report's figures over part of its cases (e.g. some of its feedback types), per row
 * and measure, in a form that merges with the figures of the other parts into exactly the
 * figures of one run over all of them: counts and sums add up, minima and maxima compare,
 * medians keep every value and distinct counts keep the values seen. Stored as a BSON
 * document between the steps of a job. Immutable once built.
 */
public final class Partial {

	/** Rows in the order of their keys, a missing value last. */
	static final Comparator<List<String>> ROW_ORDER = (a, b) -> {
		for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
			int compared = Comparator.nullsLast(Comparator.<String>naturalOrder()).compare(a.get(i), b.get(i));
			if (compared != 0) {
				return compared;
			}
		}
		return Integer.compare(a.size(), b.size());
	};

	private final Map<List<String>, Map<String, Accumulator>> rows;

	Partial(Map<List<String>, Map<String, Accumulator>> rows) {
		Map<List<String>, Map<String, Accumulator>> copy = new TreeMap<>(ROW_ORDER);
		rows.forEach((key, measures) -> copy.put(key, Map.copyOf(measures)));
		this.rows = copy;
	}

	/** No cases yet: what merging starts from. */
	public static Partial empty() {
		return new Partial(Map.of());
	}

	/** The figures of both parts, as if counted together. */
	public Partial merge(Partial other) {
		Map<List<String>, Map<String, Accumulator>> merged = new TreeMap<>(ROW_ORDER);
		for (Partial part : List.of(this, other)) {
			part.rows.forEach((key, measures) -> {
				Map<String, Accumulator> row = merged.computeIfAbsent(key, unused -> new LinkedHashMap<>());
				measures.forEach((measure, figures) -> row.merge(measure, figures, Accumulator::plus));
			});
		}
		return new Partial(merged);
	}

	/**
	 * Rows by key (dimension values in the definition's order), figures by measure id.
	 */
	Map<List<String>, Map<String, Accumulator>> rows() {
		return this.rows;
	}

	public Document toDocument() {
		List<Document> rows = new ArrayList<>();
		this.rows.forEach((key, measures) -> {
			Document figures = new Document();
			measures.forEach((measure, accumulator) -> figures.append(measure, accumulator.toDocument()));
			rows.add(new Document("key", new ArrayList<>(key)).append("measures", figures));
		});
		return new Document("rows", rows);
	}

	public static Partial fromDocument(Document document) {
		Map<List<String>, Map<String, Accumulator>> rows = new TreeMap<>(ROW_ORDER);
		for (Document row : document.getList("rows", Document.class)) {
			Map<String, Accumulator> measures = new LinkedHashMap<>();
			row.get("measures", Document.class)
				.forEach((measure, figures) -> measures.put(measure, Accumulator.fromDocument((Document) figures)));
			rows.put(new ArrayList<>(row.getList("key", String.class)), measures);
		}
		return new Partial(rows);
	}

}
