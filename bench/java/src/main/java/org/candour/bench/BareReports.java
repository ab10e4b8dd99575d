package org.candour.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.candour.definition.model.ReportDefinition;
import org.candour.definition.model.WhereCompiler;
import tools.jackson.databind.JsonNode;

/**
 * The yardstick: a report's figures computed with the bare MongoDB driver on the same
 * server. Either one {@code $match} + {@code $group} by the report's dimensions per
 * condition of each measure (a percentage's numerator and denominator are two), for one
 * tenant or for every tenant of a pack at once (grouped by {@code tenantId} too); or one
 * aggregation a report: a {@code $match} on its types, period and filters, then a
 * {@code $facet} with the {@code $match} + {@code $group} of each condition. Totals only:
 * a measure's value (a percentage's numerator) and denominator.
 */
final class BareReports {

	private final MongoCollection<Document> cases;

	BareReports(MongoCollection<Document> cases) {
		this.cases = cases;
	}

	/** Measure id → {value, denominator} for one tenant. */
	Map<String, double[]> run(String tenant, ReportDefinition report, LocalDate from, LocalDate to) {
		return runAll(List.of(tenant), report, from, to).get(tenant);
	}

	/**
	 * Tenant → measure id → {value, denominator}, one aggregation a condition for all of
	 * them.
	 */
	Map<String, Map<String, double[]>> runAll(List<String> tenants, ReportDefinition report, LocalDate from,
			LocalDate to) {
		Map<String, Map<String, double[]>> figures = empty(tenants, report);
		for (Part part : parts(report)) {
			List<Document> match = new ArrayList<>(List.of(new Document("$match", base(tenants, report, from, to))));
			match.addAll(part.pipeline(report));
			add(figures, part, this.cases.aggregate(match).into(new ArrayList<>()));
		}
		return figures;
	}

	/**
	 * Tenant → measure id → {value, denominator}, one aggregation with a facet a
	 * condition.
	 */
	Map<String, Map<String, double[]>> runFaceted(List<String> tenants, ReportDefinition report, LocalDate from,
			LocalDate to) {
		Map<String, Map<String, double[]>> figures = empty(tenants, report);
		List<Part> parts = parts(report);
		Document facets = new Document();
		for (int i = 0; i < parts.size(); i++) {
			facets.append("f" + i, parts.get(i).pipeline(report));
		}
		Document faceted = this.cases
			.aggregate(List.of(new Document("$match", base(tenants, report, from, to)), new Document("$facet", facets)))
			.first();
		for (int i = 0; i < parts.size(); i++) {
			add(figures, parts.get(i), faceted.getList("f" + i, Document.class));
		}
		return figures;
	}

	/**
	 * Nanoseconds an aggregation takes that matches no case: the scan of the whole
	 * collection every aggregation pays on the embedded server (the median of eleven).
	 */
	long scanFloorNanos() {
		long[] times = new long[11];
		for (int i = 0; i < times.length; i++) {
			long start = System.nanoTime();
			this.cases
				.aggregate(List.of(new Document("$match", new Document("tenantId", "no-such-tenant")),
						new Document("$group", new Document("_id", null).append("n", new Document("$sum", 1)))))
				.into(new ArrayList<>());
			times[i] = System.nanoTime() - start;
		}
		java.util.Arrays.sort(times);
		return times[times.length / 2];
	}

	private static Document base(List<String> tenants, ReportDefinition report, LocalDate from, LocalDate to) {
		Document match = new Document("tenantId",
				(tenants.size() == 1) ? tenants.get(0) : new Document("$in", tenants));
		if (!report.feedbackTypes().isEmpty()) {
			match.append("feedbackType", new Document("$in", report.feedbackTypes()));
		}
		match.append("receivedOn", new Document("$gte", from.toString()).append("$lte", to.toString()));
		List<Document> filters = new ArrayList<>();
		report.filters().forEach(filter -> filters.add(BareFilters.filter(filter)));
		if (!filters.isEmpty()) {
			match.append("$and", filters);
		}
		return match;
	}

	private static List<Part> parts(ReportDefinition report) {
		List<Part> parts = new ArrayList<>();
		for (ReportDefinition.Measure measure : report.measures()) {
			switch (measure.type()) {
				case "count" -> parts.add(new Part(measure.id(), 0, measure.where(), null));
				case "sum" -> parts.add(new Part(measure.id(), 0, measure.where(), measure.field()));
				case "percentage" -> {
					parts.add(new Part(measure.id(), 0, measure.where(), null));
					parts.add(new Part(measure.id(), 1, measure.denominatorWhere(), null));
				}
				default -> throw new UnsupportedOperationException(
						"The yardstick has no " + measure.type() + " measure (report " + report.id() + ")");
			}
		}
		return parts;
	}

	private static Map<String, Map<String, double[]>> empty(List<String> tenants, ReportDefinition report) {
		Map<String, Map<String, double[]>> figures = new LinkedHashMap<>();
		for (String tenant : tenants) {
			Map<String, double[]> measures = new LinkedHashMap<>();
			report.measures().forEach(measure -> measures.put(measure.id(), new double[2]));
			figures.put(tenant, measures);
		}
		return figures;
	}

	private static void add(Map<String, Map<String, double[]>> figures, Part part, List<Document> groups) {
		for (Document group : groups) {
			String tenant = group.get("_id", Document.class).getString("tenant");
			figures.get(tenant).get(part.measure())[part.slot()] += ((Number) group.get("n")).doubleValue();
		}
	}

	/**
	 * One condition of a measure, counted or summed into its value (slot 0) or
	 * denominator (slot 1).
	 */
	private record Part(String measure, int slot, JsonNode where, String sumField) {

		/** The {@code $match} on the condition (if any) and the {@code $group}. */
		List<Document> pipeline(ReportDefinition report) {
			List<Document> stages = new ArrayList<>();
			Document condition = (this.where == null) ? new Document()
					: BareFilters.of(WhereCompiler.translate(this.where).condition());
			if (!condition.isEmpty()) {
				stages.add(new Document("$match", condition));
			}
			Document id = new Document("tenant", "$tenantId");
			report.dimensions().forEach(dimension -> id.append(dimension.id(), BareFilters.key(dimension.field())));
			Object counted = (this.sumField == null) ? 1 : "$" + BareFilters.stored(this.sumField);
			stages.add(new Document("$group", new Document("_id", id).append("n", new Document("$sum", counted))));
			return stages;
		}

	}

}
