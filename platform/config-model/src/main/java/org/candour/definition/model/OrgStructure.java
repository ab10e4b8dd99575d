package org.candour.definition.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A tenant's directorates, services and teams over time (the units of every org-structure
 * document, parents before children). A restructure is a new version of the document:
 * units that stop get an {@code effectiveTo}, the units that take over their work list
 * them in {@code replaces}; old cases are never rewritten, so a report can count them by
 * the structure at the time or remapped to the structure of any day.
 */
public final class OrgStructure {

	static final OrgStructure EMPTY = new OrgStructure(List.of());

	private final List<OrgUnit> units;

	private final Map<String, OrgUnit> byId;

	public OrgStructure(List<OrgUnit> units) {
		this.units = List.copyOf(units);
		Map<String, OrgUnit> byId = new LinkedHashMap<>();
		this.units.forEach(unit -> byId.putIfAbsent(unit.id(), unit));
		this.byId = Collections.unmodifiableMap(byId);
	}

	/**
	 * The units of an org-structure document as written (its {@code spec.units} tree).
	 */
	public static OrgStructure read(tools.jackson.databind.JsonNode document) {
		return new OrgStructure(OrgUnit.readAll(document.path("spec").path("units")));
	}

	/** Every unit, parents before children, in document order. */
	public List<OrgUnit> units() {
		return this.units;
	}

	/** Every unit id, whether or not the unit still exists. */
	public Set<String> unitIds() {
		return this.byId.keySet();
	}

	public Optional<OrgUnit> unit(String id) {
		return Optional.ofNullable(this.byId.get(id));
	}

	/** The unit, when it exists on the given day. */
	public Optional<OrgUnit> unitOn(String id, LocalDate day) {
		return unit(id).filter(unit -> unit.activeOn(day));
	}

	/** The units that exist on the given day, parents before children. */
	public List<OrgUnit> activeOn(LocalDate day) {
		return this.units.stream().filter(unit -> unit.activeOn(day)).toList();
	}

	/** The unit and the units above it, from the top down. */
	public List<OrgUnit> path(String id) {
		List<OrgUnit> path = new ArrayList<>();
		for (OrgUnit unit = this.byId.get(id); unit != null; unit = this.byId.get(unit.parent())) {
			path.add(0, unit);
		}
		return path;
	}

	/**
	 * The members named as risk managers of the units (each with the units above it),
	 * nearest unit first, each once.
	 */
	public List<String> riskManagersOf(List<String> ids) {
		java.util.LinkedHashSet<String> managers = new java.util.LinkedHashSet<>();
		for (String id : ids) {
			if (id == null) {
				continue;
			}
			List<OrgUnit> path = path(id);
			for (int i = path.size() - 1; i >= 0; i--) {
				managers.addAll(path.get(i).riskManagers());
			}
		}
		return List.copyOf(managers);
	}

	/**
	 * Where the unit's work sits on the given day: the unit itself while it exists, else
	 * the unit that replaced it (following restructures one after another), else
	 * {@code null} when no unit took it over.
	 */
	public String successorOn(String id, LocalDate day) {
		String current = id;
		for (int hops = 0; current != null && hops <= this.units.size(); hops++) {
			OrgUnit unit = this.byId.get(current);
			if (unit != null && unit.activeOn(day)) {
				return current;
			}
			current = replacing(current);
		}
		return null;
	}

	/** The unit that lists {@code id} in its {@code replaces}, if any (the first). */
	private String replacing(String id) {
		return this.units.stream()
			.filter(unit -> unit.replaces().contains(id))
			.map(OrgUnit::id)
			.findFirst()
			.orElse(null);
	}

}
