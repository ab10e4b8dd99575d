package org.candour.definition.model;

import java.util.Arrays;

import tools.jackson.databind.JsonNode;

/**
 * A length of time, e.g. 10 working days.
 *
 * @param amount how many units
 * @param unit the unit
 */
public record Duration(int amount, Unit unit) {

	public enum Unit {

		WORKING_DAYS("working-days"), CALENDAR_DAYS("calendar-days"), HOURS("hours");

		private final String id;

		Unit(String id) {
			this.id = id;
		}

		/** The unit as configuration writes it, e.g. {@code working-days}. */
		public String id() {
			return this.id;
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
