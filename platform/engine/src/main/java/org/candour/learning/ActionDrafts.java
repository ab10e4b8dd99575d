package org.candour.learning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.candour.api.Refusal;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

/**
 * Turns the action fields of a (schema-checked) request into actions: a new, planned
 * action, or an action with some of its fields changed (a merge patch: null removes an
 * optional field). A due date given in working days is counted from the start date in the
 * tenant's calendar, again whenever the start date moves.
 */
@Component
class ActionDrafts {

	private static final String DUE_DATE = "dueDate";

	private static final String DUE_IN_WORKING_DAYS = "dueInWorkingDays";

	private final JsonMapper json;

	private final LearningCalendar calendar;

	ActionDrafts(JsonMapper json, LearningCalendar calendar) {
		this.json = json;
		this.calendar = calendar;
	}

	LearningAction planned(String id, JsonNode request, String by, Instant at, String pointer) {
		ObjectNode tree = ((ObjectNode) request).deepCopy();
		tree.put("id", id);
		tree.put("state", ActionState.PLANNED.code());
		tree.set("stateChanges", this.json.valueToTree(List.of(new StateChange(ActionState.PLANNED, by, at))));
		countDueDate(tree, pointer);
		return read(tree, pointer);
	}

	LearningAction changed(LearningAction current, JsonNode patch, String pointer) {
		ObjectNode tree = this.json.valueToTree(current);
		for (String field : patch.propertyNames()) {
			if ("state".equals(field)) {
				continue;
			}
			JsonNode value = patch.get(field);
			if (value.isNull()) {
				tree.remove(field);
			}
			else {
				tree.set(field, value);
			}
		}
		if (patch.has(DUE_DATE) && !patch.has(DUE_IN_WORKING_DAYS)) {
			tree.remove(DUE_IN_WORKING_DAYS);
		}
		if (patch.has(DUE_IN_WORKING_DAYS) || patch.has("startDate")) {
			countDueDate(tree, pointer);
		}
		return read(tree, pointer);
	}

	private void countDueDate(ObjectNode tree, String pointer) {
		JsonNode days = tree.path(DUE_IN_WORKING_DAYS);
		if (days.isNumber()) {
			LocalDate start = date(tree.path("startDate").asString(""), pointer + "/startDate");
			tree.put(DUE_DATE, this.calendar.dueAfter(start, days.asInt()).toString());
		}
	}

	private LearningAction read(ObjectNode tree, String pointer) {
		date(tree.path("startDate").asString(""), pointer + "/startDate");
		date(tree.path(DUE_DATE).asString(""), pointer + "/" + DUE_DATE);
		try {
			return this.json.treeToValue(tree, LearningAction.class);
		}
		catch (JacksonException ex) {
			throw Refusal.malformed(pointer, "learning.action-malformed", "The action cannot be read");
		}
	}

	private static LocalDate date(String text, String pointer) {
		try {
			return LocalDate.parse(text);
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw Refusal.rulesBroken("The learning record is not valid", List
				.of(new org.candour.api.ApiError(pointer, "learning.date-invalid", "Enter a real date, YYYY-MM-DD")));
		}
	}

}
