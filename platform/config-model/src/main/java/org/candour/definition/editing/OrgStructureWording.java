package org.candour.definition.editing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.candour.definition.model.OrgStructure;
import org.candour.definition.model.OrgUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * An org structure: restructures ("'Highways North' and 'Highways South' merge into
 * 'Highways Maintenance' from 1 April 2026"), units added, renamed, moved, ended or
 * removed, and their other settings named.
 */
final class OrgStructureWording implements KindWording {

	@Override
	public Set<String> fields() {
		return Set.of("units");
	}

	@Override
	public void describe(String name, JsonNode before, JsonNode after, Sentences out) {
		Map<String, OrgUnit> old = byId(before);
		Map<String, OrgUnit> now = byId(after);
		Set<String> toldEnding = new java.util.HashSet<>();
		now.values().stream().filter(unit -> !old.containsKey(unit.id())).forEach(unit -> {
			if (unit.replaces().isEmpty()) {
				out.add(named(unit) + " added" + from(unit.effectiveFrom()));
				return;
			}
			List<String> replaced = unit.replaces()
				.stream()
				.map(id -> quoted(now.getOrDefault(id, old.get(id)), id))
				.toList();
			out.add(joined(replaced) + (replaced.size() == 1 ? " is replaced by " : " merge into ")
					+ quoted(unit, unit.id()) + from(unit.effectiveFrom()));
			unit.replaces()
				.stream()
				.filter(id -> endsTheDayBefore(now.get(id), unit.effectiveFrom()))
				.forEach(toldEnding::add);
		});
		old.values()
			.stream()
			.filter(unit -> !now.containsKey(unit.id()))
			.forEach(unit -> out.add(named(unit) + " removed"));
		now.values().stream().filter(unit -> old.containsKey(unit.id())).forEach(unit -> {
			OrgUnit was = old.get(unit.id());
			changed(was, unit, toldEnding.contains(unit.id()), now, out);
		});
	}

	private static void changed(OrgUnit was, OrgUnit unit, boolean endingTold, Map<String, OrgUnit> now,
			Sentences out) {
		if (!Objects.equals(Words.english(was.name()), Words.english(unit.name()))) {
			out.add(named(was) + " renamed to " + quoted(unit, unit.id()));
		}
		else if (!Objects.equals(was.name(), unit.name())) {
			out.add("Welsh name of " + lower(named(unit)) + " changed");
		}
		if (!Objects.equals(was.effectiveTo(), unit.effectiveTo()) && !endingTold) {
			out.add(unit.effectiveTo() == null ? named(unit) + " no longer ends"
					: named(unit) + " ends on " + OrgDates.words(unit.effectiveTo()));
		}
		if (!Objects.equals(was.effectiveFrom(), unit.effectiveFrom())) {
			out.add(named(unit) + " now starts" + from(unit.effectiveFrom()));
		}
		if (!Objects.equals(was.parent(), unit.parent())) {
			out.add(named(unit) + " moved into "
					+ (unit.parent() == null ? "the top level" : quoted(now.get(unit.parent()), unit.parent())));
		}
		if (!was.replaces().equals(unit.replaces())) {
			out.add("Units replaced by " + lower(named(unit)) + " changed");
		}
		if (!was.riskManagers().equals(unit.riskManagers())) {
			out.add("Risk managers of " + lower(named(unit)) + " changed");
		}
		if (!Objects.equals(was.mailbox(), unit.mailbox())) {
			out.add("Mailbox of " + lower(named(unit)) + " changed");
		}
	}

	private static boolean endsTheDayBefore(OrgUnit unit, LocalDate from) {
		return unit != null && from != null && from.minusDays(1).equals(unit.effectiveTo());
	}

	/** "Team 'Highways North'". */
	private static String named(OrgUnit unit) {
		return OrgLevels.label(unit.type()) + " " + quoted(unit, unit.id());
	}

	private static String quoted(OrgUnit unit, String id) {
		String english = (unit == null) ? null : Words.english(unit.name());
		return Words.quoted(english == null ? id : english);
	}

	private static String from(LocalDate day) {
		return day == null ? "" : " from " + OrgDates.words(day);
	}

	private static String lower(String text) {
		return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
	}

	/** "'A'", "'A' and 'B'", "'A', 'B' and 'C'". */
	private static String joined(List<String> names) {
		if (names.size() == 1) {
			return names.get(0);
		}
		return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
	}

	private static Map<String, OrgUnit> byId(JsonNode spec) {
		ObjectNode document = JsonNodeFactory.instance.objectNode();
		document.set("spec", spec);
		return OrgStructure.read(document)
			.units()
			.stream()
			.collect(Collectors.toMap(OrgUnit::id, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
	}

}
