package org.candour.web.officer.casework;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.candour.config.ConfigVersion;
import tools.jackson.databind.JsonNode;

/**
 * The org structure of a configuration version: each unit's name, type and parent
 * (directorate → service → team).
 */
final class OrgUnits {

	private final Map<String, Unit> units = new LinkedHashMap<>();

	private OrgUnits() {
	}

	static OrgUnits of(ConfigVersion version) {
		OrgUnits read = new OrgUnits();
		version.documents()
			.stream()
			.filter(document -> "org-structure".equals(document.kind()))
			.forEach(document -> document.spec().path("units").forEach(unit -> read.add(unit, null)));
		return read;
	}

	private void add(JsonNode unit, String parent) {
		String id = unit.path("id").asString();
		this.units.put(id, new Unit(id, unit.path("name").asString(id), unit.path("type").asString(""), parent));
		unit.path("children").forEach(child -> add(child, id));
	}

	/** The unit's name, or the id when the structure has no such unit. */
	String name(String id) {
		return id == null ? null : find(id).map(Unit::name).orElse(id);
	}

	Optional<Unit> find(String id) {
		return Optional.ofNullable(this.units.get(id));
	}

	/** The directorate a unit belongs to (itself, when it is one). */
	Optional<Unit> directorate(String id) {
		Optional<Unit> unit = find(id);
		while (unit.isPresent() && !"directorate".equals(unit.get().type()) && unit.get().parent() != null) {
			unit = find(unit.get().parent());
		}
		return unit.filter(found -> "directorate".equals(found.type()));
	}

	Iterable<Unit> all() {
		return this.units.values();
	}

	record Unit(String id, String name, String type, String parent) {
	}

}
