package org.candour.definition;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

/**
 * The rules a UI schema's controls add to the JSON Schema, which cannot say them:
 * {@code options.needs} (an answer needs another top-level property answered, e.g. "by
 * email" needs the email address) and {@code options.dates} ({@code past}: today or
 * earlier; {@code future}: today or later). A breach is a {@link Violation} at the
 * property that fails, with keyword {@code needs} or {@code dates}.
 */
public final class FormRules {

	/** No rules. */
	public static final FormRules NONE = new FormRules(Map.of(), Map.of());

	private static final String PROPERTIES = "#/properties/";

	private final Map<String, Map<String, String>> needs;

	private final Map<String, String> dates;

	private FormRules(Map<String, Map<String, String>> needs, Map<String, String> dates) {
		this.needs = needs;
		this.dates = dates;
	}

	/** The rules of the controls of {@code uiSchema} (null or missing: none). */
	public static FormRules of(JsonNode uiSchema) {
		Map<String, Map<String, String>> needs = new LinkedHashMap<>();
		Map<String, String> dates = new LinkedHashMap<>();
		collect(uiSchema, needs, dates);
		return needs.isEmpty() && dates.isEmpty() ? NONE : new FormRules(needs, dates);
	}

	private static void collect(JsonNode element, Map<String, Map<String, String>> needs, Map<String, String> dates) {
		if (element == null || !element.isObject()) {
			return;
		}
		String scope = element.path("scope").asString("");
		String name = scope.startsWith(PROPERTIES) ? scope.substring(PROPERTIES.length()) : "";
		if ("Control".equals(element.path("type").asString()) && !name.isEmpty() && !name.contains("/")) {
			JsonNode options = element.path("options");
			Map<String, String> needed = new LinkedHashMap<>();
			options.path("needs")
				.properties()
				.forEach(entry -> needed.put(entry.getKey(), entry.getValue().asString()));
			if (!needed.isEmpty()) {
				needs.put(name, needed);
			}
			if (options.path("dates").isString()) {
				dates.put(name, options.path("dates").asString());
			}
		}
		element.path("elements").forEach(child -> collect(child, needs, dates));
	}

	/**
	 * The breaches in {@code data}: each needed property left unanswered, each date on
	 * the wrong side of {@code today}. Dates that are not dates are left to the schema.
	 */
	public List<Violation> check(JsonNode data, LocalDate today) {
		List<Violation> violations = new ArrayList<>();
		this.needs.forEach((source, byAnswer) -> {
			String needed = byAnswer.get(data.path(source).asString(""));
			if (needed != null && !answered(data.get(needed))) {
				violations.add(new Violation("/" + needed, "needs",
						"Needed because " + source + " is '" + data.path(source).asString() + "'"));
			}
		});
		this.dates.forEach((field, side) -> {
			LocalDate date = date(data.get(field));
			if (date != null && ("past".equals(side) ? date.isAfter(today) : date.isBefore(today))) {
				violations.add(new Violation("/" + field, "dates",
						"past".equals(side) ? "Must be today or earlier" : "Must be today or later"));
			}
		});
		return violations;
	}

	/**
	 * The property whose answer in {@code data} needs {@code property}, if one does.
	 */
	public Optional<String> neededBy(String property, JsonNode data) {
		return this.needs.entrySet()
			.stream()
			.filter(entry -> property.equals(entry.getValue().get(data.path(entry.getKey()).asString(""))))
			.map(Map.Entry::getKey)
			.findFirst();
	}

	/** Each property whose answers need others: answer → the property it needs. */
	public Map<String, Map<String, String>> needs() {
		return this.needs;
	}

	/**
	 * The date rule of {@code property} ({@code past}, {@code future}), if it has one.
	 */
	public Optional<String> dates(String property) {
		return Optional.ofNullable(this.dates.get(property));
	}

	private static boolean answered(JsonNode value) {
		if (value == null || value.isNull() || value.isMissingNode()) {
			return false;
		}
		if (value.isString()) {
			return !value.asString().isBlank();
		}
		return !value.isContainer() || !value.isEmpty();
	}

	private static LocalDate date(JsonNode value) {
		if (value == null || !value.isString()) {
			return null;
		}
		try {
			return LocalDate.parse(value.asString());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
