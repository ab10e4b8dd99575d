package org.candour.definition.editing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.candour.definition.model.OrgStructure;
import org.candour.definition.model.OrgUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Edits an org-structure document as its author would by hand: a unit added inside
 * another, renamed, closed on a day, and a restructure ("from 1 April, Highways North and
 * Highways South merge into Highways Maintenance") written as one change: the merged
 * units end the day before, the new unit starts on the day and {@code replaces} them.
 * Nothing is ever deleted, so cases keep the unit they were about and reports can count
 * them by the structure at the time. Each edit returns a new document; what it does not
 * change stays exactly as it was written.
 * <p>
 * A restructure merges units of one type (teams into a team, services into a service);
 * they may sit in different places, and the new unit goes where the administrator says. A
 * unit that still has units inside it after the day cannot end: those are moved or closed
 * first. Dates in the past are allowed (a restructure recorded late); the page says so.
 */
public final class OrgStructureEditor {

	private OrgStructureEditor() {
	}

	/**
	 * A unit to add.
	 *
	 * @param name its English name
	 * @param type {@code directorate}, {@code service} or {@code team}
	 * @param parent the unit it sits inside; {@code null} or empty at the top
	 * @param from the day it starts
	 */
	public record NewUnit(String name, String type, String parent, LocalDate from) {
	}

	/**
	 * Units merged into a new one from a day.
	 *
	 * @param units the units that end the day before {@code from}
	 * @param name the new unit's English name
	 * @param parent the unit the new one sits inside; {@code null} or empty at the top
	 * @param from the day the new unit starts
	 */
	public record Restructure(List<String> units, String name, String parent, LocalDate from) {

		public Restructure {
			units = List.copyOf(units);
		}

	}

	public static OrgEdit add(ObjectNode document, NewUnit unit) {
		OrgStructure structure = OrgStructure.read(document);
		List<OrgProblem> problems = new ArrayList<>();
		if (blank(unit.name())) {
			problems.add(new OrgProblem("name", "Enter the unit’s name"));
		}
		if (!OrgLevels.known(unit.type())) {
			problems.add(new OrgProblem("type", "Select whether it is a directorate, a service or a team"));
		}
		if (unit.from() == null) {
			problems.add(new OrgProblem("from", "Enter the date it starts, like 1 4 2027"));
		}
		if (problems.isEmpty()) {
			parentProblem(structure, unit.parent(), unit.type(), unit.from()).ifPresent(problems::add);
		}
		if (!problems.isEmpty()) {
			return OrgEdit.refused(problems);
		}
		ObjectNode content = document.deepCopy();
		ObjectNode added = childrenOf(content, unit.parent()).addObject();
		added.put("id", newId(structure, unit.name()));
		added.put("name", unit.name().trim());
		added.put("type", unit.type());
		added.put("effectiveFrom", unit.from().toString());
		return OrgEdit.made(content);
	}

	public static OrgEdit rename(ObjectNode document, String id, String name) {
		if (blank(name)) {
			return OrgEdit.refused(List.of(new OrgProblem("name", "Enter the unit’s new name")));
		}
		ObjectNode content = document.deepCopy();
		ObjectNode unit = unitNode(content, id);
		JsonNode was = unit.get("name");
		if (was != null && was.isObject()) {
			((ObjectNode) was).put("en", name.trim());
		}
		else {
			unit.put("name", name.trim());
		}
		return OrgEdit.made(content);
	}

	/** Ends the unit: {@code lastDay} is the last day it exists. */
	public static OrgEdit close(ObjectNode document, String id, LocalDate lastDay) {
		OrgStructure structure = OrgStructure.read(document);
		OrgUnit unit = structure.unit(id).orElseThrow(() -> new IllegalArgumentException("No unit " + id));
		if (lastDay == null) {
			return OrgEdit.refused(List.of(new OrgProblem("to", "Enter the last day the unit exists, like 31 3 2027")));
		}
		List<OrgProblem> problems = new ArrayList<>();
		endProblem(structure, unit, lastDay, "to").ifPresent(problems::add);
		if (!problems.isEmpty()) {
			return OrgEdit.refused(problems);
		}
		ObjectNode content = document.deepCopy();
		unitNode(content, id).put("effectiveTo", lastDay.toString());
		return OrgEdit.made(content);
	}

	/**
	 * The restructure as one change: end dates on the merged units, the new unit with
	 * {@code effectiveFrom} and {@code replaces}.
	 */
	public static OrgEdit restructure(ObjectNode document, Restructure change) {
		OrgStructure structure = OrgStructure.read(document);
		List<OrgProblem> problems = new ArrayList<>();
		List<OrgUnit> merged = change.units().stream().distinct().map(id -> structure.unit(id).orElse(null)).toList();
		if (merged.isEmpty() || merged.contains(null)) {
			problems.add(new OrgProblem("units", "Select the units that merge"));
		}
		if (blank(change.name())) {
			problems.add(new OrgProblem("name", "Enter the name of the unit they merge into"));
		}
		if (change.from() == null) {
			problems.add(new OrgProblem("from", "Enter the date the new unit starts, like 1 4 2027"));
		}
		if (!problems.isEmpty()) {
			return OrgEdit.refused(problems);
		}
		Set<String> types = new LinkedHashSet<>();
		merged.forEach(unit -> types.add(unit.type()));
		if (types.size() > 1) {
			return OrgEdit.refused(List.of(new OrgProblem("units",
					"Select units of one level: teams merge into a team, services into a service")));
		}
		String type = types.iterator().next();
		LocalDate lastDay = change.from().minusDays(1);
		for (OrgUnit unit : merged) {
			endProblem(structure, unit, lastDay, "units").ifPresent(problems::add);
		}
		if (change.units().contains(blankToNull(change.parent()))) {
			problems.add(new OrgProblem("parent", "Choose a unit that does not end in this restructure"));
		}
		else {
			parentProblem(structure, change.parent(), type, change.from()).ifPresent(problems::add);
		}
		if (!problems.isEmpty()) {
			return OrgEdit.refused(problems);
		}
		ObjectNode content = document.deepCopy();
		merged.forEach(unit -> unitNode(content, unit.id()).put("effectiveTo", lastDay.toString()));
		ObjectNode added = childrenOf(content, change.parent()).addObject();
		added.put("id", newId(structure, change.name()));
		added.put("name", change.name().trim());
		added.put("type", type);
		added.put("effectiveFrom", change.from().toString());
		ArrayNode replaces = added.putArray("replaces");
		merged.forEach(unit -> replaces.add(unit.id()));
		return OrgEdit.made(content);
	}

	/**
	 * Why the unit cannot end on {@code lastDay}: it does not exist that day, it already
	 * ends earlier, or units inside it go on.
	 */
	private static java.util.Optional<OrgProblem> endProblem(OrgStructure structure, OrgUnit unit, LocalDate lastDay,
			String field) {
		String name = name(unit);
		if (unit.effectiveFrom() != null && lastDay.isBefore(unit.effectiveFrom())) {
			return java.util.Optional.of(new OrgProblem(field,
					name + " only starts on " + OrgDates.words(unit.effectiveFrom()) + ": choose a later date"));
		}
		if (unit.effectiveTo() != null && unit.effectiveTo().isBefore(lastDay)) {
			return java.util.Optional.of(new OrgProblem(field,
					name + " already ended on " + OrgDates.words(unit.effectiveTo()) + ": choose another unit"));
		}
		List<String> inside = structure.units()
			.stream()
			.filter(child -> unit.id().equals(child.parent()))
			.filter(child -> child.effectiveTo() == null || child.effectiveTo().isAfter(lastDay))
			.map(OrgStructureEditor::name)
			.toList();
		if (!inside.isEmpty()) {
			return java.util.Optional.of(new OrgProblem(field,
					name + " still has " + String.join(", ", inside) + " inside it: close or merge those first"));
		}
		return java.util.Optional.empty();
	}

	private static java.util.Optional<OrgProblem> parentProblem(OrgStructure structure, String parentId, String type,
			LocalDate from) {
		if (blank(parentId)) {
			return "directorate".equals(type) ? java.util.Optional.empty() : java.util.Optional
				.of(new OrgProblem("parent", "Choose the directorate or service it sits inside"));
		}
		OrgUnit parent = structure.unit(parentId).orElse(null);
		if (parent == null) {
			return java.util.Optional.of(new OrgProblem("parent", "Choose the unit it sits inside from the list"));
		}
		if (!OrgLevels.fitsInside(type, parent.type())) {
			return java.util.Optional.of(new OrgProblem("parent",
					"A " + type + " cannot sit inside " + name(parent) + ", a " + parent.type()));
		}
		if (!parent.activeOn(from)) {
			return java.util.Optional.of(new OrgProblem("parent",
					name(parent) + " does not exist on " + OrgDates.words(from) + ": choose another unit or date"));
		}
		return java.util.Optional.empty();
	}

	/**
	 * An id made from the name, never used before by any unit (ids are unique over time).
	 */
	static String newId(OrgStructure structure, String name) {
		String slug = name.trim().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		String base = slug.isEmpty() ? "unit" : slug;
		String id = base;
		for (int n = 2; structure.unitIds().contains(id); n++) {
			id = base + "-" + n;
		}
		return id;
	}

	private static ArrayNode childrenOf(ObjectNode content, String parent) {
		if (blank(parent)) {
			return content.withObject("/spec").withArray("units");
		}
		return unitNode(content, parent).withArray("children");
	}

	private static ObjectNode unitNode(ObjectNode content, String id) {
		ObjectNode found = find(content.path("spec").path("units"), id);
		if (found == null) {
			throw new IllegalArgumentException("No unit " + id);
		}
		return found;
	}

	private static ObjectNode find(JsonNode units, String id) {
		for (JsonNode unit : units) {
			if (id.equals(unit.path("id").asString(null))) {
				return (ObjectNode) unit;
			}
			ObjectNode inside = find(unit.path("children"), id);
			if (inside != null) {
				return inside;
			}
		}
		return null;
	}

	private static String name(OrgUnit unit) {
		String english = Words.english(unit.name());
		return Words.quoted(english == null ? unit.id() : english);
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static String blankToNull(String text) {
		return blank(text) ? null : text;
	}

}
