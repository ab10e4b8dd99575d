package org.candour.reports;

import java.util.List;

import org.bson.Document;

/**
 * Where a report field is in the stored case: the built-ins ({@code feedbackType},
 * {@code state}, {@code stateCategory}, {@code orgUnit}, {@code team}, {@code assignee},
 * {@code channel}; {@code directorate} and {@code service} as recorded when the case was
 * logged) and dotted paths under {@code data}, {@code outcome}, {@code meta} and
 * {@code clocks}.
 */
final class ReportFields {

	private ReportFields() {
	}

	/** The stored path of a field that is not a clock's. */
	static String stored(String field) {
		return switch (field) {
			case "assignee" -> "officer";
			case "directorate", "service" -> "current.meta.orgPath." + field;
			default -> CaseFilters.stored(field);
		};
	}

	/** A test of a field's value, as a filter on the stored case. */
	static Document test(String field, Document operators) {
		return field.startsWith("clocks.") ? CaseFilters.field(field, operators)
				: new Document(stored(field), operators);
	}

	/** An aggregation expression for a field's value ({@code null} when it has none). */
	static Object expression(String field) {
		if (field.startsWith("clocks.")) {
			String[] parts = field.split("\\.", 3);
			return clockField(parts[1], parts[2]);
		}
		return "$" + stored(field);
	}

	/**
	 * A field of the case's clock with that id: the clocks are a list, so the clock is
	 * found by id ({@code null} when the case has no such clock).
	 */
	static Document clockField(String clock, String field) {
		Document ofClock = new Document("$filter", new Document("input", "$current.clocks").append("as", "clock")
			.append("cond", new Document("$eq", List.of("$$clock.id", clock))));
		Document values = new Document("$map",
				new Document("input", ofClock).append("as", "clock").append("in", "$$clock." + field));
		return new Document("$arrayElemAt", List.of(values, 0));
	}

	static boolean isOrgUnit(String field) {
		return switch (field) {
			case "orgUnit", "team", "directorate", "service" -> true;
			default -> false;
		};
	}

}
