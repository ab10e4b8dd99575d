package org.candour.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.bson.Document;
import org.candour.cases.CaseDocuments;
import org.candour.definition.model.OrgStructure;
import org.candour.definition.model.OrgUnit;
import org.candour.definition.model.ReportDefinition;
import org.candour.definition.model.WhereCompiler;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Service;

/**
 * Runs a report definition over the current tenant's stored cases: for each condition of
 * its measures one aggregation ({@code $match} on the report's feedback types, period,
 * filters and the condition, then {@code $group} by the dimensions, counting or summing),
 * then each row's figures. Org-unit dimensions count by the structure at the time (as
 * each case recorded it) or, when the run names a day, remapped through restructures to
 * that day's structure. Built so far: count, sum and percentage measures (issue 14).
 */
@Service
public class ReportRunner {

	private final CaseDocuments cases;

	ReportRunner(CaseDocuments cases) {
		this.cases = cases;
	}

	/**
	 * A run's parameters.
	 *
	 * @param from first day of the period (by received date), or {@code null}
	 * @param to last day of the period, or {@code null}
	 * @param structureOn {@code null} to count org units as they were at the time; else
	 * the day whose structure old units are remapped to
	 * @param structure the tenant's org structure
	 */
	public record Run(LocalDate from, LocalDate to, LocalDate structureOn, OrgStructure structure) {
	}

	public ReportTable run(ReportDefinition report, Run run) {
		Document base = base(report, run);
		Map<List<String>, Map<String, Accumulated>> rows = new TreeMap<>(ROW_ORDER);
		for (ReportDefinition.Measure measure : report.measures()) {
			switch (measure.type()) {
				case "count" ->
					add(rows, measure.id(), report, run, group(report, run, base, measure.where(), null), false);
				case "sum" -> add(rows, measure.id(), report, run,
						group(report, run, base, measure.where(), measure.field()), false);
				case "percentage" -> {
					add(rows, measure.id(), report, run, group(report, run, base, measure.where(), null), false);
					add(rows, measure.id(), report, run, group(report, run, base, measure.denominatorWhere(), null),
							true);
				}
				default -> throw new UnsupportedOperationException(
						"Measure type '" + measure.type() + "' is not run yet (report " + report.id() + ")");
			}
		}
		return table(report, rows);
	}

	private static Document base(ReportDefinition report, Run run) {
		List<Document> all = new ArrayList<>();
		if (!report.feedbackTypes().isEmpty()) {
			all.add(new Document("feedbackType", new Document("$in", report.feedbackTypes())));
		}
		Document received = new Document();
		if (run.from() != null) {
			received.append("$gte", run.from().toString());
		}
		if (run.to() != null) {
			received.append("$lte", run.to().toString());
		}
		if (!received.isEmpty()) {
			all.add(new Document("receivedOn", received));
		}
		report.filters().forEach(filter -> all.add(ReportFilters.of(filter)));
		return and(all);
	}

	private List<Document> group(ReportDefinition report, Run run, Document base, JsonNode where, String sumField) {
		List<Document> match = new ArrayList<>(List.of(base));
		if (where != null) {
			match.add(CaseFilters.of(WhereCompiler.translate(where).condition()));
		}
		Document id = new Document();
		report.dimensions().forEach(dimension -> id.append(dimension.id(), key(dimension.field(), run)));
		Object counted = (sumField == null) ? 1 : "$" + ReportFields.stored(sumField);
		Document group = new Document("_id", id.isEmpty() ? null : id).append("n", new Document("$sum", counted));
		return this.cases.aggregate(List.of(new Document("$match", and(match)), new Document("$group", group)));
	}

	/**
	 * What a dimension groups by; an org unit remapped to another day is grouped by unit.
	 */
	private static Object key(String field, Run run) {
		if (field.startsWith("clocks.")) {
			throw new UnsupportedOperationException("A report cannot group by a clock's field yet (" + field + ")");
		}
		if ("receivedMonth".equals(field)) {
			return new Document("$substr", List.of("$receivedOn", 0, 7));
		}
		if (run.structureOn() != null && ReportFields.isOrgUnit(field)) {
			return "team".equals(field) ? "$team" : "$orgUnit";
		}
		return "$" + ReportFields.stored(field);
	}

	private static void add(Map<List<String>, Map<String, Accumulated>> rows, String measure, ReportDefinition report,
			Run run, List<Document> groups, boolean denominator) {
		for (Document group : groups) {
			Document id = group.get("_id", Document.class);
			List<String> key = new ArrayList<>();
			for (ReportDefinition.Dimension dimension : report.dimensions()) {
				Object value = (id == null) ? null : id.get(dimension.id());
				key.add(remapped(dimension.field(), (value == null) ? null : String.valueOf(value), run));
			}
			double n = ((Number) group.get("n")).doubleValue();
			Accumulated figure = rows.computeIfAbsent(key, unused -> new LinkedHashMap<>())
				.computeIfAbsent(measure, unused -> new Accumulated());
			if (denominator) {
				figure.denominator += (long) n;
			}
			else {
				figure.value += n;
			}
		}
	}

	/** The unit (or its directorate or service) in the structure of the run's day. */
	private static String remapped(String field, String value, Run run) {
		if (value == null || run.structureOn() == null || !ReportFields.isOrgUnit(field)) {
			return value;
		}
		String unit = run.structure().successorOn(value, run.structureOn());
		if (unit == null) {
			return value;
		}
		if ("orgUnit".equals(field) || "team".equals(field)) {
			return unit;
		}
		return run.structure()
			.path(unit)
			.stream()
			.filter(each -> field.equals(each.type()))
			.map(OrgUnit::id)
			.findFirst()
			.orElse(null);
	}

	private static ReportTable table(ReportDefinition report, Map<List<String>, Map<String, Accumulated>> rows) {
		List<ReportTable.Column> columns = new ArrayList<>();
		report.dimensions().forEach(dimension -> columns.add(new ReportTable.Column(dimension.id(), "dimension")));
		report.measures().forEach(measure -> columns.add(new ReportTable.Column(measure.id(), "measure")));
		List<ReportTable.Row> table = new ArrayList<>();
		Map<String, Accumulated> totals = new LinkedHashMap<>();
		rows.forEach((key, figures) -> {
			Map<String, String> named = new LinkedHashMap<>();
			for (int i = 0; i < key.size(); i++) {
				named.put(report.dimensions().get(i).id(), key.get(i));
			}
			Map<String, ReportTable.Figure> values = new LinkedHashMap<>();
			for (ReportDefinition.Measure measure : report.measures()) {
				Accumulated figure = figures.getOrDefault(measure.id(), new Accumulated());
				values.put(measure.id(), figure.figure(measure.type()));
				Accumulated total = totals.computeIfAbsent(measure.id(), unused -> new Accumulated());
				total.value += figure.value;
				total.denominator += figure.denominator;
			}
			table.add(new ReportTable.Row(named, values));
		});
		Map<String, ReportTable.Figure> totalFigures = new LinkedHashMap<>();
		for (ReportDefinition.Measure measure : report.measures()) {
			totalFigures.put(measure.id(), totals.getOrDefault(measure.id(), new Accumulated()).figure(measure.type()));
		}
		return new ReportTable(columns, table, totalFigures);
	}

	private static Document and(List<Document> all) {
		List<Document> parts = all.stream().filter(part -> !part.isEmpty()).toList();
		return parts.isEmpty() ? new Document() : (parts.size() == 1) ? parts.get(0) : new Document("$and", parts);
	}

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

	/** A measure's running figure in one row. */
	private static final class Accumulated {

		double value;

		long denominator;

		ReportTable.Figure figure(String type) {
			return "percentage".equals(type) ? ReportTable.Figure.percentage((long) this.value, this.denominator)
					: ReportTable.Figure.of(this.value);
		}

	}

}
