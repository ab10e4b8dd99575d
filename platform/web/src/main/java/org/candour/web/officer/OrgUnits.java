package org.candour.web.officer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.candour.config.ConfigVersion;
import org.candour.definition.model.OrgUnit;
import org.candour.web.forms.LocalText;
import tools.jackson.databind.JsonNode;

/**
 * The directorates, services and teams of a configuration version's org structure, in
 * document order, each with its type, depth and the unit it sits in.
 */
public final class OrgUnits {

	private final Map<String, Unit> units = new LinkedHashMap<>();

	private OrgUnits() {
	}

	public static OrgUnits of(ConfigVersion version) {
		return of(version.model().orgStructure());
	}

	public static OrgUnits of(org.candour.definition.model.OrgStructure structure) {
		OrgUnits read = new OrgUnits();
		for (OrgUnit unit : structure.units()) {
			Unit parent = (unit.parent() != null) ? read.units.get(unit.parent()) : null;
			read.units.put(unit.id(),
					new Unit(unit.id(), LocalText.of(unit.name(), Locale.ENGLISH, unit.id()),
							(unit.type() != null) ? unit.type() : "", unit.depth(), parent, unit.effectiveFrom(),
							unit.effectiveTo()));
		}
		return read;
	}

	public List<Unit> all() {
		return List.copyOf(this.units.values());
	}

	/**
	 * The units that exist on the day (those a case may be given to), in document order.
	 */
	public List<Unit> activeOn(LocalDate day) {
		return this.units.values().stream().filter(unit -> unit.activeOn(day)).toList();
	}

	/**
	 * The unit's name, or the id when the structure has no such unit (null stays null).
	 */
	public String name(String id) {
		return id == null ? null : find(id).map(Unit::name).orElse(id);
	}

	public Optional<Unit> find(String id) {
		return Optional.ofNullable(this.units.get(id));
	}

	public boolean contains(String id) {
		return this.units.containsKey(id);
	}

	/** The directorate a unit belongs to (itself, when it is one). */
	public Optional<Unit> directorate(String id) {
		for (Unit unit = this.units.get(id); unit != null; unit = unit.parent()) {
			if ("directorate".equals(unit.type())) {
				return Optional.of(unit);
			}
		}
		return Optional.empty();
	}

	/** The units and every unit inside them. */
	public Set<String> withDescendants(Collection<String> ids) {
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

	/**
	 * A unit, its depth in the structure (0 for a top-level unit), its parent and the
	 * days it exists ({@code null}: open-ended).
	 */
	public record Unit(String id, String name, String type, int depth, Unit parent, LocalDate effectiveFrom,
			LocalDate effectiveTo) {

		public boolean activeOn(LocalDate day) {
			return (this.effectiveFrom == null || !day.isBefore(this.effectiveFrom))
					&& (this.effectiveTo == null || !day.isAfter(this.effectiveTo));
		}

		/** The name with the units it sits in, e.g. "Adults and Health › Adults". */
		public String path() {
			List<String> names = new ArrayList<>();
			for (Unit unit = this; unit != null; unit = unit.parent()) {
				names.add(0, unit.name());
			}
			return String.join(" › ", names);
		}

	}

}
