package org.candour.reports;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One record of a report source other than the cases, as the report counts it: its fields
 * by name (strings, booleans and numbers; a field without a value is absent), the day its
 * period is by ({@code null} when the source has no period) and how many records it
 * stands for (1, or an answer count).
 */
record Fact(Map<String, Object> values, LocalDate day, long weight) {

	Fact {
		Map<String, Object> present = new LinkedHashMap<>();
		values.forEach((name, value) -> {
			if (value != null) {
				present.put(name, value);
			}
		});
		if (day != null) {
			present.put("month", day.toString().substring(0, 7));
			present.put("quarter", ReportPeriods.financialQuarterOf(day));
			present.put("year", ReportPeriods.financialYearOf(day));
		}
		values = Collections.unmodifiableMap(present);
	}

	Object value(String field) {
		return this.values.get(field);
	}

}
