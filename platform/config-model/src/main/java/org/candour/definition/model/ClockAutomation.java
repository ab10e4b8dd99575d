package org.candour.definition.model;

import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * What a clock makes happen by itself: its {@code onWarn} effects, run once per due date
 * when it enters its warning period ({@code warnBefore}), and its {@code onBreach}
 * effects, run when it goes past its due date. Each is a {@code notify}, {@code set},
 * {@code assign} or {@code transition} ({@link Effect.Take}) effect.
 *
 * @param clock id of the clock
 * @param onWarn effects when the warning period begins; empty when the workflow gives
 * none (the engine then sends its default warning when the clock has a
 * {@code warnBefore})
 * @param onBreach effects when the clock is breached; empty when none
 */
public record ClockAutomation(String clock, List<Effect> onWarn, List<Effect> onBreach) {

	public ClockAutomation {
		onWarn = List.copyOf(onWarn);
		onBreach = List.copyOf(onBreach);
	}

	static ClockAutomation read(JsonNode clock) {
		return new ClockAutomation(Json.text(clock, "id"), Effects.read(Json.node(clock, "onWarn")),
				Effects.read(Json.node(clock, "onBreach")));
	}

}
