package org.candour.standards;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.bson.Document;
import org.candour.definition.model.OrgStructure;
import org.candour.definition.model.OrgUnit;
import org.candour.definition.model.ServiceStandard;

/**
 * The cases a standard looks at, as a filter on the top-level copies every stored case
 * carries (so the tenant's indexes apply): its feedback types, its org units and the
 * units inside them (what the case is about or who it is allocated to), not in an
 * excepted state.
 */
final class StandardScope {

	private StandardScope() {
	}

	static Document of(ServiceStandard standard, OrgStructure structure) {
		List<Document> all = new ArrayList<>();
		if (!standard.feedbackTypes().isEmpty()) {
			all.add(new Document("feedbackType", new Document("$in", standard.feedbackTypes())));
		}
		if (!standard.orgUnits().isEmpty()) {
			List<String> units = List.copyOf(within(standard.orgUnits(), structure));
			all.add(new Document("$or", List.of(new Document("orgUnit", new Document("$in", units)),
					new Document("team", new Document("$in", units)))));
		}
		if (!standard.exceptStates().isEmpty()) {
			all.add(new Document("state", new Document("$nin", standard.exceptStates())));
		}
		return all.isEmpty() ? new Document() : new Document("$and", all);
	}

	/** A scope narrowed further. */
	static Document and(Document scope, Document more) {
		return scope.isEmpty() ? more : new Document("$and", List.of(scope, more));
	}

	/** The units and every unit inside them. */
	static Set<String> within(List<String> units, OrgStructure structure) {
		Set<String> inside = new LinkedHashSet<>(units);
		for (OrgUnit unit : structure.units()) {
			if (structure.path(unit.id()).stream().anyMatch(above -> units.contains(above.id()))) {
				inside.add(unit.id());
			}
		}
		return inside;
	}

	/**
	 * The first day of a percentage's period ending today: the last {@code days} days,
	 * today included, this financial quarter or this financial year (from 1 April).
	 */
	static LocalDate periodStart(ServiceStandard.Period period, LocalDate today) {
		return switch (period.type()) {
			case "rolling-days" -> today.minusDays(period.days() - 1L);
			case "financial-quarter" -> {
				LocalDate month = today.withDayOfMonth(1);
				int intoQuarter = (today.getMonthValue() - 4 + 12) % 3;
				yield month.minusMonths(intoQuarter);
			}
			default -> {
				LocalDate april = LocalDate.of(today.getYear(), 4, 1);
				yield today.isBefore(april) ? april.minusYears(1) : april;
			}
		};
	}

}
