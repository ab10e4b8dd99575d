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
 * server, one {@code $match} + {@code $group} by the report's dimensions per condition of
 * each measure (a percentage's numerator and denominator are two), either for one tenant
 * or for every tenant of a pack at once (grouped by {@code tenantId} too). Totals only: a
 * measure's value (a percentage's numerator) and denominator.
 */
final class BareReports {

	private final MongoCollection<Document> cases;

	BareReports(MongoCollection<Document> cases) {
		this.cases = cases;
	}

	/** Measure id → {value, denominator} for one tenant. */
	Map<String, double[]> run(String tenant, ReportDefinition report, LocalDate from, LocalDate to) {
		return runAll(List.of(tenant), report, from, to).getOrDefault(tenant, new LinkedHashMap<>());
	}

	/**
	 * Tenant → measure id → {value, denominator}, one pass per condition for all of them.
	 */
	Map<String, Map<String, double[]>> runAll(List<String> tenants, ReportDefinition report, LocalDate from,
			LocalDate to) {
		Map<String, Map<String, double[]>> figures = new LinkedHashMap<>();
		tenants.forEach(tenant -> figures.put(tenant, new LinkedHashMap<>()));
		for (ReportDefinition.Measure measure : report.measures()) {
			switch (measure.type()) {
				case "count" -> add(figures, measure.id(), 0, groups(tenants, report, from, to, measure.where(), null));
				case "sum" ->
					add(figures, measure.id(), 0, groups(tenants, report, from, to, measure.where(), measure.field()));
				case "percentage" -> {
					add(figures, measure.id(), 0, groups(tenants, report, from, to, measure.where(), null));
					add(figures, measure.id(), 1, groups(tenants, report, from, to, measure.denominatorWhere(), null));
				}
				default -> throw new UnsupportedOperationException(
						"The yardstick has no " + measure.type() + " measure (report " + report.id() + ")");
			}
		}
		return figures;
	}

	private List<Document> groups(List<String> tenants, ReportDefinition report, LocalDate from, LocalDate to,
			JsonNode where, String sumField) {
		Document match = new Document("tenantId",
				(tenants.size() == 1) ? tenants.get(0) : new Document("$in", tenants));
		if (!report.feedbackTypes().isEmpty()) {
			match.append("feedbackType", new Document("$in", report.feedbackTypes()));
		}
		match.append("receivedOn", new Document("$gte", from.toString()).append("$lte", to.toString()));
		List<Document> more = new ArrayList<>();
		report.filters().forEach(filter -> more.add(BareFilters.filter(filter)));
		if (where != null) {
			more.add(BareFilters.of(WhereCompiler.translate(where).condition()));
		}
		more.removeIf(Document::isEmpty);
		if (!more.isEmpty()) {
			match.append("$and", more);
		}
		Document id = new Document("tenant", "$tenantId");
		report.dimensions().forEach(dimension -> id.append(dimension.id(), BareFilters.key(dimension.field())));
		Object counted = (sumField == null) ? 1 : "$" + BareFilters.stored(sumField);
		return this.cases
			.aggregate(List.of(new Document("$match", match),
					new Document("$group", new Document("_id", id).append("n", new Document("$sum", counted)))))
			.into(new ArrayList<>());
	}

	private static void add(Map<String, Map<String, double[]>> figures, String measure, int slot,
			List<Document> groups) {
		figures.values().forEach(tenant -> tenant.computeIfAbsent(measure, unused -> new double[2]));
		for (Document group : groups) {
			String tenant = group.get("_id", Document.class).getString("tenant");
			figures.get(tenant).get(measure)[slot] += ((Number) group.get("n")).doubleValue();
		}
	}

}
