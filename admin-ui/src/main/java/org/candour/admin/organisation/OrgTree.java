package org.candour.admin.organisation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.candour.admin.Texts;
import org.candour.definition.editing.OrgDates;
import org.candour.definition.model.OrgStructure;
import org.candour.definition.model.OrgUnit;

/**
 * The structure as it is on one day, as the organisation page shows it: the units that
 * exist that day nested inside each other, and the others (ended before, or starting
 * after) in a list of their own.
 */
final class OrgTree {

	private OrgTree() {
	}

	static List<Node> on(OrgStructure structure, LocalDate day, Map<String, Long> members) {
		return children(structure, null, day, members);
	}

	static List<Node> notOn(OrgStructure structure, LocalDate day) {
		return structure.units()
			.stream()
			.filter(unit -> !unit.activeOn(day))
			.map(unit -> node(structure, unit, List.of(), 0))
			.toList();
	}

	/**
	 * Each unit as "Highways North (team)", in document order, for lists to choose from.
	 */
	static List<Choice> choices(List<OrgUnit> units) {
		return units.stream().map(unit -> new Choice(unit.id(), label(unit))).toList();
	}

	static String name(OrgUnit unit) {
		return Texts.english(unit.name(), unit.id());
	}

	static String label(OrgUnit unit) {
		return name(unit) + " (" + unit.type() + ")";
	}

	private static List<Node> children(OrgStructure structure, String parent, LocalDate day,
			Map<String, Long> members) {
		List<Node> nodes = new ArrayList<>();
		for (OrgUnit unit : structure.activeOn(day)) {
			if (java.util.Objects.equals(parent, unit.parent())) {
				nodes.add(node(structure, unit, children(structure, unit.id(), day, members),
						members.getOrDefault(unit.id(), 0L)));
			}
		}
		return nodes;
	}

	private static Node node(OrgStructure structure, OrgUnit unit, List<Node> children, long members) {
		List<String> replaced = unit.replaces()
			.stream()
			.map(id -> structure.unit(id).map(OrgTree::name).orElse(id))
			.toList();
		return new Node(unit.id(), name(unit), unit.type(),
				unit.effectiveFrom() == null ? null : OrgDates.words(unit.effectiveFrom()),
				unit.effectiveTo() == null ? null : OrgDates.words(unit.effectiveTo()), replaced, members, children);
	}

	/**
	 * A unit on the page.
	 *
	 * @param id its id
	 * @param name its English name
	 * @param type directorate, service or team
	 * @param from the day it started, in words
	 * @param to the last day it exists, in words; null while it goes on
	 * @param replaces the names of the units it replaced
	 * @param members how many members have it among their org units
	 * @param children the units inside it on the day
	 */
	record Node(String id, String name, String type, String from, String to, List<String> replaces, long members,
			List<Node> children) {
	}

	/** An option of a list: the value posted and its label. */
	record Choice(String value, String label) {
	}

}
