package org.candour.admin.reports;

import java.util.Map;

/** The report page's field a problem's JSON pointer names. */
final class DetailsFields {

	private static final Map<String, String> FIELDS = Map.of("description", "description", "feedbackTypes",
			"feedbackTypes", "period", "period", "schedule", "schedule", "layout", "layout", "outputs", "outputs",
			"dimensions", "dimensions", "measures", "measures", "filters", "title");

	private DetailsFields() {
	}

	static String of(String pointer) {
		if (pointer == null || !pointer.startsWith("/spec/")) {
			return "title";
		}
		String part = pointer.substring("/spec/".length()).split("/")[0];
		if ("period".equals(part) && pointer.endsWith("/days")) {
			return "periodDays";
		}
		if ("layout".equals(part) && pointer.contains("/columns")) {
			return "columns";
		}
		return FIELDS.getOrDefault(part, "title");
	}

}
