package org.candour.imports;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.candour.api.ApiError;
import org.candour.cases.ImportedCase;
import org.candour.definition.model.CodeList;
import org.candour.definition.model.CompiledConfiguration;
import org.candour.definition.model.FeedbackType;
import org.candour.definition.model.Form;
import org.candour.definition.model.OrgUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a row into the command that imports it, or into the problems that stop it, each
 * at the column it comes from.
 */
final class RowMapping {

	private final ImportMapping mapping;

	private final CompiledConfiguration model;

	private final Form form;

	private final LegacyDates dates;

	private final String source;

	private final String run;

	RowMapping(ImportMapping mapping, CompiledConfiguration model, LegacyDates dates, String source, String run) {
		this.mapping = mapping;
		this.model = model;
		FeedbackType type = model.feedbackType(mapping.feedbackType()).orElseThrow();
		this.form = model.form(type.form()).orElseThrow();
		this.dates = dates;
		this.source = source;
		this.run = run;
	}

	/** The row's command, or its problems. */
	Mapped map(LegacyRow row) {
		List<ImportProblem> problems = new ArrayList<>();
		String key = row.cell(this.mapping.keyColumn());
		if (key == null) {
			problems.add(new ImportProblem(row.number(), this.mapping.keyColumn(), "The key is blank"));
		}
		ObjectNode data = JsonNodeFactory.instance.objectNode();
		this.mapping.fields().forEach((field, column) -> {
			String value = row.cell(column);
			if (value != null) {
				Object converted = convert(field, value);
				if (converted == null) {
					problems.add(new ImportProblem(row.number(), column, "'" + value + "' is not a "
							+ this.form.schema().at(schemaPointer(field)).path("type").asString("value")));
				}
				else {
					put(data, field, converted);
				}
			}
		});
		String orgUnit = orgUnit(row, problems);
		String state = state(row, problems);
		Instant received = date(row, this.mapping.receivedColumn(), problems);
		if (received == null && row.cell(this.mapping.receivedColumn()) == null) {
			problems.add(new ImportProblem(row.number(), this.mapping.receivedColumn(), "The received date is blank"));
		}
		ObjectNode outcome = JsonNodeFactory.instance.objectNode();
		List<ImportedCase.RecordedAction> actions = new ArrayList<>();
		for (ImportMapping.DateColumn column : this.mapping.dates()) {
			Instant at = date(row, column.column(), problems);
			if (at != null) {
				actions.add(new ImportedCase.RecordedAction(column.action(), at));
				if (column.outcomeField() != null) {
					outcome.put(column.outcomeField(), this.dates.day(at).toString());
				}
			}
		}
		outcome(row, outcome, problems);
		if (!problems.isEmpty()) {
			return new Mapped(null, problems);
		}
		return new Mapped(new ImportedCase(key, this.mapping.feedbackType(), data, orgUnit,
				row.cell(this.mapping.assigneeColumn()), state, received, actions, outcome, this.source, this.run),
				List.of());
	}

	/**
	 * The problems the case engine finds with a command, at the columns they come from.
	 */
	List<ImportProblem> columns(LegacyRow row, List<ApiError> errors) {
		return errors.stream()
			.map(error -> new ImportProblem(row.number(), column(error.pointer()), error.message()))
			.toList();
	}

	private String column(String pointer) {
		if (pointer.startsWith("/data/")) {
			String field = pointer.substring("/data".length());
			return this.mapping.fields()
				.entrySet()
				.stream()
				.filter(entry -> field.equals(entry.getKey()) || field.startsWith(entry.getKey() + "/"))
				.map(Map.Entry::getValue)
				.findFirst()
				.orElse(null);
		}
		if (pointer.startsWith("/actions/")) {
			String action = pointer.substring("/actions/".length());
			return this.mapping.dates()
				.stream()
				.filter(date -> date.action().equals(action))
				.map(ImportMapping.DateColumn::column)
				.findFirst()
				.orElse(null);
		}
		return switch (pointer) {
			case "/orgUnit" -> this.mapping.orgUnit() == null ? null : this.mapping.orgUnit().column();
			case "/state" -> this.mapping.state().column();
			case "/receivedAt" -> this.mapping.receivedColumn();
			default -> null;
		};
	}

	private String orgUnit(LegacyRow row, List<ImportProblem> problems) {
		if (this.mapping.orgUnit() == null) {
			return null;
		}
		String column = this.mapping.orgUnit().column();
		String value = row.cell(column);
		if (value == null) {
			return null;
		}
		String mapped = lookUp(this.mapping.orgUnit().values(), value);
		if (mapped != null) {
			return mapped;
		}
		Optional<OrgUnit> unit = this.model.orgStructure()
			.units()
			.stream()
			.filter(candidate -> candidate.id().equalsIgnoreCase(value)
					|| candidate.name().path("en").asString(candidate.name().asString("")).equalsIgnoreCase(value))
			.findFirst();
		if (unit.isEmpty()) {
			problems.add(new ImportProblem(row.number(), column,
					"No org unit has the name or code '" + value + "', and the mapping's table does not name one"));
			return null;
		}
		return unit.get().id();
	}

	private String state(LegacyRow row, List<ImportProblem> problems) {
		String column = this.mapping.state().column();
		String value = row.cell(column);
		if (value == null) {
			problems.add(new ImportProblem(row.number(), column, "The status is blank"));
			return null;
		}
		String mapped = lookUp(this.mapping.state().values(), value);
		if (mapped == null) {
			problems.add(new ImportProblem(row.number(), column,
					"The status '" + value + "' has no workflow state in the mapping"));
		}
		return mapped;
	}

	private void outcome(LegacyRow row, ObjectNode outcome, List<ImportProblem> problems) {
		ImportMapping.Outcome mapped = this.mapping.outcome();
		if (mapped == null || row.cell(mapped.column()) == null) {
			return;
		}
		String value = row.cell(mapped.column());
		String code = lookUp(mapped.values(), value);
		CodeList codes = this.model.codeList(mapped.codeList()).orElseThrow();
		if (code == null && codes.code(value).isPresent()) {
			code = value;
		}
		if (code == null) {
			problems.add(new ImportProblem(row.number(), mapped.column(),
					"The outcome '" + value + "' has no code in the mapping"));
			return;
		}
		outcome.put(mapped.field(), code);
	}

	/**
	 * The id a table gives an old value: as spelt, else in any case (old systems are
	 * rarely consistent about "Closed" and "closed").
	 */
	private static String lookUp(Map<String, String> table, String value) {
		String id = table.get(value);
		if (id != null) {
			return id;
		}
		return table.entrySet()
			.stream()
			.filter(entry -> entry.getKey().equalsIgnoreCase(value))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse(null);
	}

	private Instant date(LegacyRow row, String column, List<ImportProblem> problems) {
		String value = row.cell(column);
		if (value == null) {
			return null;
		}
		Optional<Instant> at = this.dates.instant(value);
		if (at.isEmpty()) {
			problems.add(new ImportProblem(row.number(), column, "'" + value
					+ "' is not a date that can be read for certain: use 14/03/2025, 2025-03-14 or 14 Mar 2025"));
		}
		return at.orElse(null);
	}

	/** The value as the field's schema types it; null when it cannot be. */
	private Object convert(String field, String value) {
		JsonNode schema = this.form.schema().at(schemaPointer(field));
		String type = schema.path("type").asString("string");
		if ("date".equals(schema.path("format").asString(null))) {
			return this.dates.instant(value).map(at -> this.dates.day(at).toString()).orElse(null);
		}
		return switch (type) {
			case "boolean" -> switch (value.toLowerCase(Locale.ROOT)) {
				case "yes", "y", "true" -> Boolean.TRUE;
				case "no", "n", "false" -> Boolean.FALSE;
				default -> null;
			};
			case "integer" -> parse(() -> Long.valueOf(value));
			case "number" -> parse(() -> new java.math.BigDecimal(value));
			default -> value;
		};
	}

	private static Object parse(java.util.function.Supplier<Object> number) {
		try {
			return number.get();
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static String schemaPointer(String field) {
		return field.replace("/", "/properties/");
	}

	private static void put(ObjectNode data, String field, Object value) {
		String[] parts = field.substring(1).split("/");
		ObjectNode target = data;
		for (int i = 0; i < parts.length - 1; i++) {
			target = target.has(parts[i]) ? (ObjectNode) target.get(parts[i]) : target.putObject(parts[i]);
		}
		String name = parts[parts.length - 1];
		if (value instanceof Boolean flag) {
			target.put(name, flag);
		}
		else if (value instanceof Long whole) {
			target.put(name, whole);
		}
		else if (value instanceof java.math.BigDecimal decimal) {
			target.put(name, decimal);
		}
		else {
			target.put(name, value.toString());
		}
	}

	/**
	 * A row mapped.
	 *
	 * @param command the command that imports it, or null
	 * @param problems what stops it; empty when there is a command
	 */
	record Mapped(ImportedCase command, List<ImportProblem> problems) {
	}

}
