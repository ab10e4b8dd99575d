package org.candour.calendar;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the GOV.UK bank holidays feed shape: {@code {"england-and-wales": {"division",
 * "events": [{"title", "date", "notes", "bunting"}]}, …}}. Every division must be present
 * with at least one event; other keys are ignored.
 */
final class BankHolidaysDocument {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private BankHolidaysDocument() {
	}

	static Map<Division, Set<LocalDate>> read(InputStream in) {
		JsonNode root;
		try {
			root = JSON.readTree(in);
		}
		catch (JacksonException ex) {
			throw new InvalidBankHolidaysException("not valid JSON: " + ex.getOriginalMessage());
		}
		if (root == null || !root.isObject()) {
			throw new InvalidBankHolidaysException("expected a JSON object keyed by division");
		}
		Map<Division, Set<LocalDate>> byDivision = new EnumMap<>(Division.class);
		for (Division division : Division.values()) {
			byDivision.put(division, Set.copyOf(events(root, division)));
		}
		return byDivision;
	}

	private static Set<LocalDate> events(JsonNode root, Division division) {
		JsonNode events = root.path(division.id()).path("events");
		if (!events.isArray() || events.isEmpty()) {
			throw new InvalidBankHolidaysException("/" + division.id() + "/events is missing or empty");
		}
		Set<LocalDate> dates = new HashSet<>();
		for (int i = 0; i < events.size(); i++) {
			dates.add(date(events.get(i).path("date"), "/" + division.id() + "/events/" + i + "/date"));
		}
		return dates;
	}

	private static LocalDate date(JsonNode node, String pointer) {
		if (!node.isString()) {
			throw new InvalidBankHolidaysException(pointer + " is missing or not a string");
		}
		try {
			return LocalDate.parse(node.stringValue());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidBankHolidaysException(pointer + " is not a date (YYYY-MM-DD): " + node.stringValue());
		}
	}

}
