package org.candour.definition.model;

import java.util.List;
import java.util.Locale;

import tools.jackson.databind.JsonNode;

import org.candour.definition.ConfigDocument;

/**
 * A service standard the tenant monitors, e.g. "75% of cases closed within 20 working
 * days of allocation". Members a measure does not use are {@code null}.
 *
 * @param id id of the document
 * @param title the standard as managers read it
 * @param description how the figure is counted; {@code null} when not given
 * @param measure what is measured
 * @param feedbackTypes the feedback types whose cases count; empty for all
 * @param orgUnits only cases about or allocated to these units (or units inside them)
 * count; empty for all
 * @param exceptStates cases currently in these states are not counted
 * @param byTeam whether the figure is also given for each team
 * @param from for {@link Measure#WITHIN} and {@link Measure#AGE}: the day counting starts
 * @param to for {@link Measure#WITHIN}: the events that end counting (the earliest that
 * happened); else empty
 * @param limit for {@link Measure#WITHIN} the most time from {@code from} to {@code to},
 * for {@link Measure#AGE} the most an open case may be past {@code from}
 * @param clock for {@link Measure#CLOCK}: the workflow clock
 * @param period for {@link Measure#WITHIN} and {@link Measure#CLOCK}: which cases count
 * @param target what the figure is compared with
 */
public record ServiceStandard(String id, JsonNode title, JsonNode description, Measure measure,
		List<String> feedbackTypes, List<String> orgUnits, List<String> exceptStates, boolean byTeam, Event from,
		List<Event> to, Duration limit, String clock, Period period, Target target) {

	public ServiceStandard {
		feedbackTypes = List.copyOf(feedbackTypes);
		orgUnits = List.copyOf(orgUnits);
		exceptStates = List.copyOf(exceptStates);
		to = List.copyOf(to);
	}

	/** Whether counting needs the case's history (allocation, entering a state). */
	public boolean readsHistory() {
		return (this.from != null && "allocated".equals(this.from.kind()))
				|| this.to.stream().anyMatch(event -> "entered".equals(event.kind()));
	}

	/** What a standard measures. */
	public enum Measure {

		/** The percentage of cases that got from one event to another within a limit. */
		WITHIN,
		/** The percentage of cases whose workflow clock stopped met. */
		CLOCK,
		/** How many open cases are older than a limit. */
		AGE,
		/** Open cases per officer. */
		CASELOAD;

		/** The measure as configuration writes it, e.g. {@code within}. */
		public String id() {
			return name().toLowerCase(Locale.ROOT);
		}

		/** Whether the figure is a percentage (else a number of cases or an average). */
		public boolean percentage() {
			return this == WITHIN || this == CLOCK;
		}

		static Measure fromId(String id) {
			return valueOf(id.toUpperCase(Locale.ROOT));
		}

	}

	/**
	 * A day in a case's life: {@code received}, {@code allocated}, {@code closed}, a
	 * clock's {@code started} or {@code stopped}, or the day it first {@code entered} a
	 * state.
	 *
	 * @param kind {@code received}, {@code allocated}, {@code closed}, {@code started},
	 * {@code stopped} or {@code entered}
	 * @param id for a clock's event the clock's id, for {@code entered} the state's; else
	 * {@code null}
	 */
	public record Event(String kind, String id) {

		static Event parse(String name) {
			if (name.startsWith("clocks.")) {
				int dot = name.lastIndexOf('.');
				return new Event(name.substring(dot + 1), name.substring("clocks.".length(), dot));
			}
			if (name.startsWith("entered.")) {
				return new Event("entered", name.substring("entered.".length()));
			}
			return new Event(name, null);
		}

		/** The clock the event is of; {@code null} for another event. */
		public String clock() {
			return ("started".equals(this.kind) || "stopped".equals(this.kind)) ? this.id : null;
		}

		/** The state an {@code entered} event is of; else {@code null}. */
		public String state() {
			return "entered".equals(this.kind) ? this.id : null;
		}

		/** The event as configuration writes it. */
		public String written() {
			if (this.id == null) {
				return this.kind;
			}
			return "entered".equals(this.kind) ? "entered." + this.id : "clocks." + this.id + "." + this.kind;
		}

	}

	/**
	 * Which cases a percentage counts, by the day of their end event, up to today.
	 *
	 * @param type {@code rolling-days}, {@code financial-quarter} or
	 * {@code financial-year}
	 * @param days for {@code rolling-days}, how many calendar days (today included)
	 */
	public record Period(String type, Integer days) {
	}

	/**
	 * What the figure is compared with.
	 *
	 * @param value the target
	 * @param atLeast whether the figure must be at least it (else at most)
	 */
	public record Target(double value, boolean atLeast) {

		/** Whether a figure meets the target. */
		public boolean metBy(double figure) {
			return this.atLeast ? figure >= this.value : figure <= this.value;
		}

	}

	/** The events that end counting: one, a list, or {@code closed} when not given. */
	private static List<Event> ends(JsonNode to) {
		if (to.isMissingNode()) {
			return List.of(new Event("closed", null));
		}
		if (to.isString()) {
			return List.of(Event.parse(to.asString()));
		}
		List<Event> events = new java.util.ArrayList<>();
		to.forEach(event -> events.add(Event.parse(event.asString())));
		return events;
	}

	static ServiceStandard read(ConfigDocument document) {
		JsonNode spec = document.spec();
		Measure measure = Measure.fromId(spec.path("measure").asString());
		JsonNode limit = (measure == Measure.AGE) ? Json.node(spec, "olderThan") : Json.node(spec, "within");
		JsonNode period = Json.node(spec, "period");
		JsonNode target = spec.path("target");
		boolean atLeast = target.has("atLeast");
		boolean timed = measure == Measure.WITHIN || measure == Measure.AGE;
		return new ServiceStandard(document.id(), document.title(), Json.node(spec, "description"), measure,
				Json.strings(spec, "feedbackTypes"), Json.strings(spec, "orgUnits"), Json.strings(spec, "exceptStates"),
				spec.path("byTeam").asBoolean(false),
				timed ? Event.parse(spec.path("from").asString("received")) : null,
				(measure == Measure.WITHIN) ? ends(spec.path("to")) : List.of(),
				(timed && limit != null && limit.isObject()) ? Duration.read(limit) : null, Json.text(spec, "clock"),
				(period == null) ? null
						: new Period(Json.text(period, "type"),
								period.has("days") ? period.path("days").asInt() : null),
				new Target(target.path(atLeast ? "atLeast" : "atMost").asDouble(), atLeast));
	}

}
