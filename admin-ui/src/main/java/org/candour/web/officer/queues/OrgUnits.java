package org.candour.web.officer.queues;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * The directorates, services and teams of a tenant's org structure, in document order,
 * each with the units inside it.
 */
final class OrgUnits {

	private final Map<String, Unit> units = new LinkedHashMap<>();

	OrgUnits(Collection<JsonNode> structures) {
		structures.forEach(spec -> add(spec.path("units"), 0, null));
	}

	private void add(JsonNode nodes, int depth, Unit parent) {
		for (JsonNode node : nodes) {
			String id = node.path("id").asString();
			Unit unit = new Unit(id, ConfigText.english(node.path("name"), id), node.path("type").asString(""), depth,
					parent);
			this.units.put(id, unit);
			add(node.path("children"), depth + 1, unit);
		}
	}

	List<Unit> all() {
		return List.copyOf(this.units.values());
	}

	String name(String id) {
		Unit unit = this.units.get(id);
		return unit == null ? id : unit.name();
	}

	/** The units and every unit inside them. */
	Set<String> withDescendants(Collection<String> ids) {
		Set<String> found = new LinkedHashSet<>(ids);
		for (Unit unit : this.units.values()) {
			for (Unit up = unit.parent(); up != null; up = up.parent()) {
				if (ids.contains(up.id())) {
					found.add(unit.id());
					break;
				}
			}
		}
		return found;
	}

	boolean contains(String id) {
		return this.units.containsKey(id);
	}

	/** A unit, its depth in the structure (0 for a top-level unit) and its parent. */
	record Unit(String id, String name, String type, int depth, Unit parent) {

		/** The name with the units it sits in, e.g. "Adults and Health › Adults". */
		String path() {
			List<String> names = new ArrayList<>();
			for (Unit unit = this; unit != null; unit = unit.parent()) {
				names.add(0, unit.name());
			}
			return String.join(" › ", names);
		}

	}

}
