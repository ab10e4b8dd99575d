package org.candour.admin.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.candour.imports.ExportProfile;
import org.candour.imports.ImportMapping;

/**
 * The "what each old value becomes" step: for the org unit, status and outcome columns
 * chosen, each value of the export with the unit, state or code it becomes (guessed when
 * it is spelt like one's id or name), as the page shows it and as the mapping's tables
 * keep it.
 */
final class ValueTables {

	private final List<Table> tables;

	private ValueTables(List<Table> tables) {
		this.tables = List.copyOf(tables);
	}

	/**
	 * The tables with each value's unit, state or code as the saved mapping being changed
	 * has it (whatever its case), else guessed from its spelling.
	 */
	static ValueTables suggested(MappingDraft draft, MappingTargets targets, Optional<ImportMapping> saved) {
		Map<String, Map<String, String>> kept = new LinkedHashMap<>();
		saved.ifPresent(mapping -> {
			kept.put("unit", mapping.orgUnit() == null ? Map.of() : mapping.orgUnit().values());
			kept.put("state", mapping.state() == null ? Map.of() : mapping.state().values());
			kept.put("outcome", mapping.outcome() == null ? Map.of() : mapping.outcome().values());
		});
		return build(draft, targets, (name, value, choices) -> {
			String table = name.substring(0, name.lastIndexOf('-'));
			String savedId = kept.getOrDefault(table, Map.of())
				.entrySet()
				.stream()
				.filter(entry -> entry.getKey().equalsIgnoreCase(value))
				.map(Map.Entry::getValue)
				.filter(id -> choices.stream().anyMatch(choice -> choice.id().equals(id)))
				.findFirst()
				.orElse(null);
			if (savedId != null) {
				return savedId;
			}
			return choices.stream()
				.filter(choice -> choice.id().equalsIgnoreCase(value) || choice.words().equalsIgnoreCase(value))
				.map(MappingTargets.Target::id)
				.findFirst()
				.orElse("");
		});
	}

	/** The tables as the form sent them; a choice that is not offered counts as none. */
	static ValueTables read(Map<String, String> form, MappingDraft draft, MappingTargets targets) {
		return build(draft, targets, (name, value, choices) -> {
			String chosen = form.getOrDefault(name, "");
			return choices.stream().anyMatch(choice -> choice.id().equals(chosen)) ? chosen : "";
		});
	}

	private static ValueTables build(MappingDraft draft, MappingTargets targets, Chooser chooser) {
		List<Table> tables = new ArrayList<>();
		String unitColumn = draft.column(ColumnChoices.ORG_UNIT);
		if (unitColumn != null) {
			tables.add(table("unit", "/orgUnit/values/", "Old directorates and teams (" + unitColumn + ")",
					"Each becomes an org unit. Values left as they are match a unit by its name or code; others fail.",
					"Match by name or code", targets.units(), unitColumn, draft.profile(), chooser));
		}
		String stateColumn = draft.column(ColumnChoices.STATE);
		tables.add(table("state", "/state/values/", "Old statuses (" + stateColumn + ")",
				"Each becomes a state of the workflow, whatever its case. Rows with a status left without a state fail.",
				"No state: these rows fail", targets.states(), stateColumn, draft.profile(), chooser));
		String outcomeColumn = draft.column(ColumnChoices.OUTCOME);
		String outcomeField = draft.column(ColumnChoices.OUTCOME_FIELD);
		if (outcomeColumn != null && outcomeField != null) {
			tables.add(table("outcome", "/outcome/values/", "Old outcomes (" + outcomeColumn + ")",
					"Each becomes a code of the list. Values left without a code match a code as spelt; others fail.",
					"Match the code as spelt", targets.codes(targets.codeListOf(outcomeField).orElse("")),
					outcomeColumn, draft.profile(), chooser));
		}
		return new ValueTables(tables);
	}

	private static Table table(String name, String pointer, String caption, String hint, String none,
			List<MappingTargets.Target> choices, String column, ExportProfile profile, Chooser chooser) {
		List<Row> rows = new ArrayList<>();
		List<ExportProfile.Value> values = profile.of(column);
		for (int i = 0; i < values.size(); i++) {
			ExportProfile.Value value = values.get(i);
			String field = name + "-" + i;
			rows.add(new Row(field, value.value(), value.rows() == 1 ? "1 row" : value.rows() + " rows",
					chooser.choose(field, value.value(), choices)));
		}
		return new Table(name, pointer, caption, hint, none,
				choices.stream().map(choice -> new Choice(choice.id(), choice.label())).toList(), rows,
				profile.cut().contains(column));
	}

	List<Table> shown() {
		return this.tables;
	}

	Map<String, String> units() {
		return values("unit");
	}

	Map<String, String> states() {
		return values("state");
	}

	Map<String, String> outcomes() {
		return values("outcome");
	}

	/**
	 * The page field a problem of the saved mapping is about: a value's select, else the
	 * first field of the page.
	 */
	String field(String pointer) {
		for (Table table : this.tables) {
			for (Row row : table.rows()) {
				if (pointer.equals(table.pointer() + row.value().replace("~", "~0").replace("/", "~1"))) {
					return row.field();
				}
			}
		}
		return this.tables.get(0).rows().isEmpty() ? "save" : this.tables.get(0).rows().get(0).field();
	}

	private Map<String, String> values(String name) {
		Map<String, String> values = new LinkedHashMap<>();
		this.tables.stream()
			.filter(table -> table.name().equals(name))
			.flatMap(table -> table.rows().stream())
			.filter(row -> !row.chosen().isEmpty())
			.forEach(row -> values.put(row.value(), row.chosen()));
		return values;
	}

	/**
	 * One column's table.
	 *
	 * @param none the words of the empty choice
	 * @param cut whether the export has more values than are listed
	 */
	record Table(String name, String pointer, String caption, String hint, String none, List<Choice> choices,
			List<Row> rows, boolean cut) {
	}

	/**
	 * One old value.
	 *
	 * @param field the page's select for it
	 * @param rows how many rows have it, in words
	 * @param chosen the id it becomes, or "" for none
	 */
	record Row(String field, String value, String rows, String chosen) {
	}

	@FunctionalInterface
	private interface Chooser {

		String choose(String field, String value, List<MappingTargets.Target> choices);

	}

}
