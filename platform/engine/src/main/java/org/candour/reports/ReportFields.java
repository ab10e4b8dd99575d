package org.candour.reports;

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

	static boolean isOrgUnit(String field) {
		return switch (field) {
			case "orgUnit", "team", "directorate", "service" -> true;
			default -> false;
		};
	}

}
