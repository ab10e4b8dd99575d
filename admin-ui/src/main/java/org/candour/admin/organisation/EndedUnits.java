package org.candour.admin.organisation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.candour.cases.CaseRestructures;
import org.candour.config.ActiveConfigurations;
import org.candour.definition.editing.OrgDates;
import org.candour.definition.model.OrgStructure;
import org.candour.definition.model.OrgUnit;

import org.springframework.stereotype.Component;

/**
 * Units of the published structure that have ended by today and still hold open cases,
 * each with the unit that took over its work (by {@code replaces}). Only the published
 * structure counts: a restructure still in the draft has not happened for officers.
 */
@Component
class EndedUnits {

	private final ActiveConfigurations configurations;

	private final CaseRestructures restructures;

	private final OrgDrafts drafts;

	EndedUnits(ActiveConfigurations configurations, CaseRestructures restructures, OrgDrafts drafts) {
		this.configurations = configurations;
		this.restructures = restructures;
		this.drafts = drafts;
	}

	List<Ended> withOpenCases() {
		LocalDate today = this.drafts.today();
		OrgStructure structure = published();
		List<OrgUnit> ended = structure.units()
			.stream()
			.filter(unit -> unit.effectiveTo() != null && unit.effectiveTo().isBefore(today))
			.filter(unit -> successor(structure, unit, today) != null)
			.toList();
		Map<String, Long> counts = this.restructures.openCasesIn(ended.stream().map(OrgUnit::id).toList());
		return ended.stream()
			.filter(unit -> counts.get(unit.id()) > 0)
			.map(unit -> new Ended(unit.id(), OrgTree.name(unit), OrgDates.words(unit.effectiveTo()),
					counts.get(unit.id()), OrgTree.name(successor(structure, unit, today))))
			.toList();
	}

	/**
	 * The ended unit and the unit that has its work today; empty when it has not ended.
	 */
	Optional<Move> move(String id) {
		LocalDate today = this.drafts.today();
		OrgStructure structure = published();
		return structure.unit(id)
			.filter(unit -> unit.effectiveTo() != null && unit.effectiveTo().isBefore(today))
			.flatMap(unit -> Optional.ofNullable(successor(structure, unit, today))
				.map(successor -> new Move(unit, successor)));
	}

	private OrgStructure published() {
		return this.configurations.current()
			.map(version -> version.model().orgStructure())
			.orElseGet(() -> new OrgStructure(List.of()));
	}

	private static OrgUnit successor(OrgStructure structure, OrgUnit unit, LocalDate today) {
		String id = structure.successorOn(unit.id(), today);
		return (id == null) ? null : structure.unit(id).orElse(null);
	}

	/**
	 * A unit that ended with open cases in it.
	 *
	 * @param id its id
	 * @param name its name
	 * @param ended its last day, in words
	 * @param openCases how many open cases are about it or allocated to it
	 * @param successor the name of the unit that has its work today
	 */
	record Ended(String id, String name, String ended, long openCases, String successor) {
	}

	/** Open cases to move from an ended unit to its successor. */
	record Move(OrgUnit from, OrgUnit to) {
	}

}
