package org.candour.definition.model;

import java.util.Arrays;

import tools.jackson.databind.JsonNode;

/**
 * A length of time, e.g. 10 working days or 1 calendar month.
 *
 * @param amount how many units
 * @param unit the unit
 */
public record Duration(int amount, Unit unit) {

	public enum Unit {

		WORKING_DAYS("working-days"), CALENDAR_DAYS("calendar-days"), CALENDAR_MONTHS("calendar-months"),
		HOURS("hours");

		private final String id;

		Unit(String id) {
			this.id = id;
		}

		/** The unit as configuration writes it, e.g. {@code working-days}. */
		public String id() {
			return this.id;
		}

		/**
		 * Whether it counts calendar time (calendar days or months), to which the
		 * statutory rules apply: day 0 is the date of receipt even when that is not a
		 * working day, and a clock may move a due date to the next working day.
		 */
		public boolean calendarTime() {
			return this == CALENDAR_DAYS || this == CALENDAR_MONTHS;
		}

		static Unit fromId(String id) {
			return Arrays.stream(values())
				.filter(unit -> unit.id.equals(id))
				.findFirst()
				.orElseThrow(() -> new IllegalArgumentException("Unknown duration unit '" + id + "'"));
		}

	}

	static Duration read(JsonNode node) {
		return new Duration(node.path("amount").asInt(), Unit.fromId(node.path("unit").asString()));
	}

}
