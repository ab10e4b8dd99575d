package org.candour.reports;

import org.bson.Document;
import org.candour.definition.model.ReportDefinition;

/** A report's filter as a test on the stored case. */
final class ReportFilters {

	private ReportFilters() {
	}

	static Document of(ReportDefinition.Filter filter) {
		Object value = CaseFilters.plain(filter.value());
		Document test = switch (filter.op()) {
			case "eq" -> new Document("$eq", value);
			case "ne" -> new Document("$ne", value);
			case "in" -> new Document("$in", value);
			case "nin" -> new Document("$nin", value);
			case "gte" -> new Document("$gte", value);
			case "lte" -> new Document("$lte", value);
			case "exists" -> new Document("$exists", value == null || Boolean.TRUE.equals(value));
			default -> throw new IllegalArgumentException("Unknown filter operation '" + filter.op() + "'");
		};
		return ReportFields.test(filter.field(), test);
	}

}
