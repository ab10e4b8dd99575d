package org.candour.definition.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A tenant's directorates, services and teams over time (the units of every org-structure
 * document, parents before children).
 */
public record OrgStructure(List<OrgUnit> units) {

	public OrgStructure {
		units = List.copyOf(units);
	}

	static final OrgStructure EMPTY = new OrgStructure(List.of());

	/** Every unit id, whether or not the unit still exists. */
	public Set<String> unitIds() {
		Map<String, OrgUnit> byId = byId();
		return byId.keySet();
	}

	public Optional<OrgUnit> unit(String id) {
		return Optional.ofNullable(byId().get(id));
	}

	/** The units that exist on the given day, parents before children. */
	public List<OrgUnit> activeOn(LocalDate day) {
		return this.units.stream().filter(unit -> unit.activeOn(day)).toList();
	}

	/** The unit and the units above it, from the top down. */
	public List<OrgUnit> path(String id) {
		Map<String, OrgUnit> byId = byId();
		List<OrgUnit> path = new ArrayList<>();
		for (OrgUnit unit = byId.get(id); unit != null; unit = byId.get(unit.parent())) {
			path.add(0, unit);
		}
		return path;
	}

	private Map<String, OrgUnit> byId() {
		Map<String, OrgUnit> byId = new LinkedHashMap<>();
		this.units.forEach(unit -> byId.putIfAbsent(unit.id(), unit));
		return byId;
	}

}
