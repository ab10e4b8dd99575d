package org.candour.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.candour.definition.model.OrgUnit;
import org.candour.definition.model.ReportDefinition;

/**
 * A report's rows: what an aggregation groups cases by for the dimensions, and the row
 * key each group becomes. Periods are grouped by the month received and named in Java (a
 * financial quarter or year), org units remapped when the run names a day.
 */
final class ReportKeys {

	private final ReportDefinition report;

	private final ReportRunner.Run run;

	ReportKeys(ReportDefinition report, ReportRunner.Run run) {
		this.report = report;
		this.run = run;
	}

	/** The {@code _id} of a {@code $group} by the dimensions; {@code null} for none. */
	Document group() {
		Document id = new Document();
		this.report.dimensions().forEach(dimension -> id.append(dimension.id(), expression(dimension.field())));
		return id.isEmpty() ? null : id;
	}

	/** The row key of a group's {@code _id} (or of a case's projected key). */
	List<String> key(Document id) {
		List<String> key = new ArrayList<>();
		for (ReportDefinition.Dimension dimension : this.report.dimensions()) {
			Object value = (id == null) ? null : id.get(dimension.id());
			key.add(value(dimension.field(), (value == null) ? null : String.valueOf(value)));
		}
		return key;
	}

	/**
	 * What a dimension groups by; an org unit remapped to another day is grouped by unit.
	 */
	private Object expression(String field) {
		if (field.startsWith("clocks.")) {
			return ReportFields.expression(field);
		}
		if (isPeriod(field)) {
			return new Document("$substr", List.of("$receivedOn", 0, 7));
		}
		if (this.run.structureOn() != null && ReportFields.isOrgUnit(field)) {
			return "team".equals(field) ? "$team" : "$orgUnit";
		}
		return "$" + ReportFields.stored(field);
	}

	private String value(String field, String value) {
		if (value == null) {
			return null;
		}
		if (isPeriod(field) && !"receivedMonth".equals(field)) {
			LocalDate day = LocalDate.parse(value + "-01");
			return "receivedYear".equals(field) ? ReportPeriods.financialYearOf(day)
					: ReportPeriods.financialQuarterOf(day);
		}
		return remapped(field, value);
	}

	private static boolean isPeriod(String field) {
		return switch (field) {
			case "receivedMonth", "receivedQuarter", "receivedYear" -> true;
			default -> false;
		};
	}

	/** The unit (or its directorate or service) in the structure of the run's day. */
	private String remapped(String field, String value) {
		if (this.run.structureOn() == null || !ReportFields.isOrgUnit(field)) {
			return value;
		}
		String unit = this.run.structure().successorOn(value, this.run.structureOn());
		if (unit == null) {
			return value;
		}
		if ("orgUnit".equals(field) || "team".equals(field)) {
			return unit;
		}
		return this.run.structure()
			.path(unit)
			.stream()
			.filter(each -> field.equals(each.type()))
			.map(OrgUnit::id)
			.findFirst()
			.orElse(null);
	}

}
