package org.candour.definition.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * A directorate, service or team, as it exists between two dates.
 *
 * @param id id, unique across the structure and over time
 * @param name name (text or per-language object)
 * @param type {@code directorate}, {@code service} or {@code team}
 * @param effectiveFrom the day it came into existence
 * @param effectiveTo the last day it existed; {@code null} while it exists
 * @param replaces units it replaced in a restructure
 * @param parent id of the unit it is inside; {@code null} at the top
 * @param depth 0 at the top
 * @param riskManagers members (user names) told when a case about the unit, or allocated
 * to it or to a unit inside it, is flagged high risk
 * @param mailbox the team's shared mailbox: staff notifications to the team go there
 * instead of to each member; {@code null} when it has none
 */
public record OrgUnit(String id, JsonNode name, String type, LocalDate effectiveFrom, LocalDate effectiveTo,
		List<String> replaces, String parent, int depth, List<String> riskManagers, String mailbox) {

	public OrgUnit {
		replaces = List.copyOf(replaces);
		riskManagers = riskManagers == null ? List.of() : List.copyOf(riskManagers);
	}

	public OrgUnit(String id, JsonNode name, String type, LocalDate effectiveFrom, LocalDate effectiveTo,
			List<String> replaces, String parent, int depth) {
		this(id, name, type, effectiveFrom, effectiveTo, replaces, parent, depth, List.of(), null);
	}

	/** Whether the unit exists on the given day. */
	public boolean activeOn(LocalDate day) {
		return (this.effectiveFrom == null || !day.isBefore(this.effectiveFrom))
				&& (this.effectiveTo == null || !day.isAfter(this.effectiveTo));
	}

	/** Reads a tree of units into a list in document order, parents before children. */
	static void read(JsonNode units, String parent, int depth, List<OrgUnit> into) {
		for (JsonNode unit : units) {
			String id = unit.path("id").asString("");
			into.add(new OrgUnit(id, Json.node(unit, "name"), Json.text(unit, "type"), date(unit, "effectiveFrom"),
					date(unit, "effectiveTo"), Json.strings(unit, "replaces"), parent, depth,
					Json.strings(unit, "riskManagers"), Json.text(unit, "mailbox")));
			read(unit.path("children"), id, depth + 1, into);
		}
	}

	private static LocalDate date(JsonNode unit, String name) {
		String text = Json.text(unit, name);
		return (text == null) ? null : LocalDate.parse(text);
	}

	static List<OrgUnit> readAll(JsonNode units) {
		List<OrgUnit> read = new ArrayList<>();
		read(units, null, 0, read);
		return read;
	}

}
