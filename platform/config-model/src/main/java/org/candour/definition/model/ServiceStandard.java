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
 * @param to for {@link Measure#WITHIN}: the day counting ends
 * @param limit for {@link Measure#WITHIN} the most time from {@code from} to {@code to},
 * for {@link Measure#AGE} the most an open case may be past {@code from}
 * @param clock for {@link Measure#CLOCK}: the workflow clock
 * @param period for {@link Measure#WITHIN} and {@link Measure#CLOCK}: which cases count
 * @param target what the figure is compared with
 */
public record ServiceStandard(String id, JsonNode title, JsonNode description, Measure measure,
		List<String> feedbackTypes, List<String> orgUnits, List<String> exceptStates, boolean byTeam, Event from,
		Event to, Duration limit, String clock, Period period, Target target) {

	public ServiceStandard {
		feedbackTypes = List.copyOf(feedbackTypes);
		orgUnits = List.copyOf(orgUnits);
		exceptStates = List.copyOf(exceptStates);
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
	 * A day in a case's life: {@code received}, {@code allocated}, {@code closed}, or a
	 * clock's {@code started} or {@code stopped}.
	 *
	 * @param kind {@code received}, {@code allocated}, {@code closed}, {@code started} or
	 * {@code stopped}
	 * @param clock for a clock's event, the clock's id; else {@code null}
	 */
	public record Event(String kind, String clock) {

		static Event parse(String name) {
			if (name == null) {
				return null;
			}
			if (name.startsWith("clocks.")) {
				int dot = name.lastIndexOf('.');
				return new Event(name.substring(dot + 1), name.substring("clocks.".length(), dot));
			}
			return new Event(name, null);
		}

		/** The event as configuration writes it. */
		public String written() {
			return (this.clock == null) ? this.kind : "clocks." + this.clock + "." + this.kind;
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
				(measure == Measure.WITHIN) ? Event.parse(spec.path("to").asString("closed")) : null,
				(timed && limit != null && limit.isObject()) ? Duration.read(limit) : null, Json.text(spec, "clock"),
				(period == null) ? null
						: new Period(Json.text(period, "type"),
								period.has("days") ? period.path("days").asInt() : null),
				new Target(target.path(atLeast ? "atLeast" : "atMost").asDouble(), atLeast));
	}

}
