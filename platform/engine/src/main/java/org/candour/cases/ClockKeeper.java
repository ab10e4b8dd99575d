package org.candour.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.candour.api.ApiError;
import org.candour.api.Refusal;
import org.candour.calendar.WorkingDayCalendar;
import org.candour.workflow.CaseClock;
import org.candour.definition.model.ClockDefinition;
import org.candour.definition.model.WorkflowDefinition;
import tools.jackson.databind.JsonNode;

/**
 * Runs a case's clocks as its workflow defines them: starts those triggered by logging,
 * an action or another clock stopping; stops those an action stops; pauses them in
 * waiting states and resumes them on the way out. Day 0 of a clock in calendar days or
 * months is the date of receipt (or of its start) as it is, even on a weekend; other
 * clocks count from the calendar's day of receipt (the next working day after a
 * non-working day or the cut-off).
 */
final class ClockKeeper {

	private final CaseConfiguration configuration;

	private final Instant receivedAt;

	/**
	 * @param receivedAt when the case was received, for clocks in calendar time counted
	 * from receipt
	 */
	ClockKeeper(CaseConfiguration configuration, Instant receivedAt) {
		this.configuration = configuration;
		this.receivedAt = receivedAt;
	}

	void onLogged(CaseDraft draft, LocalDate receivedOn, Instant receivedAt, JsonNode view) {
		startAll(draft, "logged", receivedAt, receivedOn, view);
		followPauses(draft, null, receivedAt);
	}

	void onTransition(CaseDraft draft, String action, String previousState, Instant at, LocalDate receivedOn,
			JsonNode view) {
		WorkflowDefinition workflow = this.configuration.workflow();
		List<String> stopped = new ArrayList<>();
		for (CaseClock clock : List.copyOf(draft.clocks)) {
			ClockDefinition definition = workflow.clocks().get(clock.id());
			if (definition != null && !clock.stopped() && definition.stopsOn().contains(action)) {
				draft.put(this.configuration.clocks().stop(clock, definition, at));
				stopped.add(clock.id());
			}
		}
		startAll(draft, "transition:" + action, at, receivedOn, view);
		stopped.forEach(id -> startAll(draft, "clockStopped:" + id, at, receivedOn, view));
		followPauses(draft, previousState, at);
	}

	/**
	 * Stops every clock still running or paused at {@code at}: a case closed elsewhere
	 * (an imported one) has no clock left to run.
	 */
	void stopAll(CaseDraft draft, Instant at) {
		for (CaseClock clock : List.copyOf(draft.clocks)) {
			ClockDefinition definition = this.configuration.workflow().clocks().get(clock.id());
			if (definition != null && !clock.stopped()) {
				draft.put(this.configuration.clocks().stop(clock, definition, at));
			}
		}
	}

	void start(CaseDraft draft, ClockDefinition definition, Instant at, LocalDate receivedOn, JsonNode view) {
		CaseClock existing = draft.clock(definition.id());
		if (existing != null && !existing.stopped()) {
			return;
		}
		draft.put(this.configuration.clocks().start(definition, at, anchor(definition, at, receivedOn, view)));
	}

	/**
	 * Restarts a started clock from the day of {@code at} (whatever its anchor), keeping
	 * the period it ends in the clock's earlier periods.
	 */
	void restart(CaseDraft draft, CaseClock clock, ClockDefinition definition, Instant at, String by, String reason) {
		LocalDate day0 = this.configuration.clocks().dayZero(definition, at);
		draft.put(this.configuration.clocks().restart(clock, definition, at, day0, by, reason));
	}

	private void startAll(CaseDraft draft, String trigger, Instant at, LocalDate receivedOn, JsonNode view) {
		for (ClockDefinition definition : this.configuration.workflow().clocksStartingOn(trigger)) {
			if (draft.clock(definition.id()) == null) {
				start(draft, definition, at, receivedOn, view);
			}
		}
	}

	private void followPauses(CaseDraft draft, String previousState, Instant at) {
		for (CaseClock clock : List.copyOf(draft.clocks)) {
			ClockDefinition definition = this.configuration.workflow().clocks().get(clock.id());
			if (definition == null || clock.stopped()) {
				continue;
			}
			boolean pauseNow = definition.pausedIn().contains(draft.state);
			boolean pausedBefore = previousState != null && definition.pausedIn().contains(previousState);
			if (pauseNow && clock.status() == CaseClock.Status.RUNNING) {
				draft.put(this.configuration.clocks().pause(clock, at));
			}
			else if (!pauseNow && pausedBefore && clock.pausedSince() != null) {
				draft.put(this.configuration.clocks().resume(clock, definition, at));
			}
		}
	}

	private LocalDate anchor(ClockDefinition definition, Instant at, LocalDate receivedOn, JsonNode view) {
		WorkingDayCalendar calendar = this.configuration.calendar();
		boolean calendarTime = definition.duration().unit().calendarTime();
		return switch (definition.anchor().type()) {
			case "received" -> calendarTime ? calendar.dateOf(this.receivedAt) : receivedOn;
			case "field" -> fieldDate(definition, view);
			default -> this.configuration.clocks().dayZero(definition, at);
		};
	}

	private static LocalDate fieldDate(ClockDefinition definition, JsonNode view) {
		String pointer = definition.anchor().pointer();
		JsonNode value = view.at(pointer);
		try {
			return LocalDate.parse(value.asString(""));
		}
		catch (DateTimeParseException ex) {
			throw Refusal.rulesBroken("Clock '" + definition.id() + "' cannot start",
					List.of(new ApiError(pointer, "clock.anchor-missing",
							"Clock '" + definition.id() + "' counts from " + pointer + ", which has no date")));
		}
	}

}
