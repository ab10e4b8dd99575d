package org.candour.admin.workflows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.candour.admin.Texts;
import org.candour.calendar.WorkingDayCalendar;
import org.candour.definition.model.ClockDefinition;
import org.candour.definition.model.Duration;
import org.candour.definition.model.WorkflowDefinition;
import org.candour.workflow.CaseClock;
import org.candour.workflow.Clocks;

/**
 * The worked example of a workflow's timescales: for three sample receipts, when each
 * clock is due, counted by the engine's clock arithmetic ({@link Clocks}) on the tenant's
 * working-day calendar (bank holidays of its division, closure days, cut-off). An action
 * that starts a clock is taken, in the example, on the day a clock it stops is due (at
 * 9am: an acknowledgement on the last day allowed), or at the moment of receipt when it
 * stops none; a clock that starts when another stops starts on that one's due date; a
 * date answered in the form is the day of receipt.
 */
final class ClockExample {

	/**
	 * Friday before Christmas 2025 in the afternoon; the Thursday before Easter 2026
	 * after a 5pm cut-off; a Saturday at the end of January 2026 (a month end for
	 * calendar months).
	 */
	static final List<LocalDateTime> RECEIPTS = List.of(LocalDateTime.of(2025, 12, 19, 16, 30),
			LocalDateTime.of(2026, 4, 2, 17, 30), LocalDateTime.of(2026, 1, 31, 10, 0));

	private static final LocalTime ACTION_TAKEN_AT = LocalTime.of(9, 0);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);

	private ClockExample() {
	}

	/**
	 * One sample receipt.
	 *
	 * @param received when, in words ("Friday 19 December 2025 at 4:30pm")
	 * @param dues each clock in the workflow's order
	 */
	record Sample(String received, List<Due> dues) {
	}

	/**
	 * A clock's due date in a sample.
	 *
	 * @param id the clock's id
	 * @param clock what officers see it called
	 * @param by the due date (and time for an hours clock) in words
	 * @param beyondHolidays whether it falls after the last year the bank-holiday data
	 * covers (holidays then not counted)
	 */
	record Due(String id, String clock, String by, boolean beyondHolidays) {
	}

	static List<Sample> of(WorkflowDefinition workflow, WorkingDayCalendar calendar) {
		List<Sample> samples = new ArrayList<>();
		for (LocalDateTime receipt : RECEIPTS) {
			Instant received = receipt.atZone(calendar.spec().zone()).toInstant();
			samples.add(new Sample(moment(received, calendar.spec().zone()), dues(workflow, calendar, received)));
		}
		return samples;
	}

	private static List<Due> dues(WorkflowDefinition workflow, WorkingDayCalendar calendar, Instant received) {
		Clocks clocks = new Clocks(calendar);
		ZoneId zone = calendar.spec().zone();
		Map<String, Instant> dueAt = new LinkedHashMap<>();
		Map<String, CaseClock> counted = new LinkedHashMap<>();
		List<ClockDefinition> definitions = workflow.declaredClocks();
		for (int pass = 0; pass <= definitions.size() && counted.size() < definitions.size(); pass++) {
			boolean last = pass == definitions.size();
			for (ClockDefinition definition : definitions) {
				if (counted.containsKey(definition.id())) {
					continue;
				}
				Instant start = start(definition, definitions, dueAt, received);
				if (start == null && !last) {
					continue;
				}
				start = (start != null) ? start : received;
				LocalDate day0 = switch (definition.anchor().type()) {
					case "received" -> clocks.dayZero(definition, received);
					case "field" -> calendar.dateOf(received);
					default -> clocks.dayZero(definition, start);
				};
				CaseClock clock = clocks.start(definition, start, day0);
				counted.put(definition.id(), clock);
				dueAt.put(definition.id(), (clock.dueAt() != null) ? clock.dueAt()
						: clock.dueDate().atTime(ACTION_TAKEN_AT).atZone(zone).toInstant());
			}
		}
		List<Due> dues = new ArrayList<>();
		for (ClockDefinition definition : definitions) {
			CaseClock clock = counted.get(definition.id());
			String by = (definition.duration().unit() == Duration.Unit.HOURS) ? moment(clock.dueAt(), zone)
					: DAY.format(clock.dueDate());
			dues.add(new Due(definition.id(), Texts.english(definition.label(), definition.id()), by,
					!calendar.covers(clock.dueDate())));
		}
		return dues;
	}

	/**
	 * When the clock starts in the example; {@code null} while the clock it waits for is
	 * not counted yet.
	 */
	private static Instant start(ClockDefinition definition, List<ClockDefinition> definitions,
			Map<String, Instant> dueAt, Instant received) {
		if (definition.startingClock() != null) {
			return dueAt.get(definition.startingClock());
		}
		String action = definition.startingAction();
		if (action == null) {
			return received;
		}
		List<ClockDefinition> stoppedByIt = definitions.stream()
			.filter(other -> other != definition && other.stopsOn().contains(action))
			.toList();
		if (stoppedByIt.isEmpty()) {
			return received;
		}
		return stoppedByIt.stream()
			.map(other -> dueAt.get(other.id()))
			.filter(java.util.Objects::nonNull)
			.findFirst()
			.orElse(null);
	}

	private static String moment(Instant instant, ZoneId zone) {
		LocalDateTime local = LocalDateTime.ofInstant(instant, zone);
		return DAY.format(local) + " at " + TIME.format(local).toLowerCase(Locale.UK);
	}

}
