package org.candour.definition.model;

import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * A clock of a workflow, e.g. "respond within 10 working days".
 *
 * @param id id of the clock, unique in its workflow
 * @param label name shown to officers
 * @param startsOn {@code logged}, {@code transition:<action>} or
 * {@code clockStopped:<clock id>}
 * @param anchor the moment the duration is counted from
 * @param duration how long until the clock is due
 * @param extension how far it may be extended; {@code null} when it may not
 * @param pausedIn states in which the clock is paused
 * @param warnBefore how long before the due date to warn; {@code null} when not given
 * @param stopsOn action ids of the transitions that stop the clock
 * @param publicLabel what it measures in residents' words; {@code null} for an internal
 * clock (not {@code public}), which residents never see
 * @param dueOnWorkingDay for a clock in calendar days or months: a due date that falls on
 * a non-working day moves to the next working day (ICO guidance for subject access
 * requests)
 * @param reportable whether reports and service standards may count it; {@code false} for
 * an internal working clock (validation refuses a report or standard that names it)
 */
public record ClockDefinition(String id, JsonNode label, String startsOn, Anchor anchor, Duration duration,
		Extension extension, Set<String> pausedIn, Duration warnBefore, Set<String> stopsOn, JsonNode publicLabel,
		boolean dueOnWorkingDay, boolean reportable) {

	/** A reportable clock. */
	public ClockDefinition(String id, JsonNode label, String startsOn, Anchor anchor, Duration duration,
			Extension extension, Set<String> pausedIn, Duration warnBefore, Set<String> stopsOn, JsonNode publicLabel,
			boolean dueOnWorkingDay) {
		this(id, label, startsOn, anchor, duration, extension, pausedIn, warnBefore, stopsOn, publicLabel,
				dueOnWorkingDay, true);
	}

	public ClockDefinition {
		anchor = (anchor != null) ? anchor : Anchor.START;
		pausedIn = Json.ordered(pausedIn);
		stopsOn = Json.ordered(stopsOn);
	}

	/** An internal clock whose due date is not moved to a working day. */
	public ClockDefinition(String id, JsonNode label, String startsOn, Anchor anchor, Duration duration,
			Extension extension, Set<String> pausedIn, Duration warnBefore, Set<String> stopsOn) {
		this(id, label, startsOn, anchor, duration, extension, pausedIn, warnBefore, stopsOn, null, false);
	}

	/**
	 * The action whose transition starts the clock; {@code null} when it starts
	 * otherwise.
	 */
	public String startingAction() {
		return triggerValue("transition:");
	}

	/**
	 * The clock whose stopping starts this one; {@code null} when it starts otherwise.
	 */
	public String startingClock() {
		return triggerValue("clockStopped:");
	}

	private String triggerValue(String prefix) {
		return this.startsOn.startsWith(prefix) ? this.startsOn.substring(prefix.length()) : null;
	}

	/** Whether residents see it (start, confirmation and tracking pages). */
	public boolean shownToResidents() {
		return this.publicLabel != null;
	}

	static ClockDefinition read(JsonNode node) {
		JsonNode warnBefore = Json.node(node, "warnBefore");
		return new ClockDefinition(Json.text(node, "id"), Json.node(node, "label"), trigger(node.path("startsOn")),
				Anchor.read(Json.node(node, "anchor")), Duration.read(node.path("duration")),
				Extension.read(Json.node(node, "extension")), Json.stringSet(node, "pausedIn"),
				(warnBefore != null) ? Duration.read(warnBefore) : null, Json.stringSet(node, "stopsOn"),
				node.path("public").asBoolean(false) ? Json.node(node, "publicLabel") : null,
				node.path("dueOnWorkingDay").asBoolean(false), node.path("reportable").asBoolean(true));
	}

	private static String trigger(JsonNode startsOn) {
		if (startsOn.has("transition")) {
			return "transition:" + startsOn.path("transition").asString();
		}
		if (startsOn.has("clockStopped")) {
			return "clockStopped:" + startsOn.path("clockStopped").asString();
		}
		return startsOn.path("event").asString("logged");
	}

}
