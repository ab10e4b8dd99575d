package org.candour.workflow;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Set;

import org.candour.calendar.BankHolidays;
import org.candour.calendar.CalendarSpec;
import org.candour.calendar.Division;
import org.candour.calendar.WorkingDayCalendar;
import org.candour.definition.model.Anchor;
import org.candour.definition.model.ClockDefinition;
import org.candour.definition.model.Duration;
import org.candour.definition.model.Extension;
import org.candour.workflow.CaseClock.Period;
import org.candour.workflow.CaseClock.Status;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Clocks in calendar months (subject access requests), the statutory rule that moves a
 * calendar-time due date to the next working day, and restarting a clock (an FOI request
 * clarified) with its earlier period kept.
 */
class CalendarMonthClocksTests {

	private static final WorkingDayCalendar ENGLAND = new WorkingDayCalendar(BankHolidays.shipped(),
			CalendarSpec.defaults(Division.ENGLAND_AND_WALES));

	private static final ClockDefinition ONE_MONTH = clock(Duration.Unit.CALENDAR_MONTHS, 1, false, null);

	private static final ClockDefinition SAR = clock(Duration.Unit.CALENDAR_MONTHS, 1, true,
			new Extension(2, true, Set.of("MANAGER")));

	private final Clocks clocks = new Clocks(ENGLAND);

	@Test
	void oneCalendarMonthFromTheLastDayOfJanuaryIsTheLastDayOfFebruary() {
		assertThat(startOn(ONE_MONTH, "2026-01-31").dueDate()).isEqualTo("2026-02-28");
		assertThat(startOn(ONE_MONTH, "2028-01-31").dueDate()).isEqualTo("2028-02-29");
	}

	@Test
	void oneCalendarMonthFromThe30thOfAprilIsThe30thOfMay() {
		assertThat(startOn(ONE_MONTH, "2026-04-30").dueDate()).isEqualTo("2026-05-30");
	}

	@Test
	void aDueDateOnANonWorkingDayMovesToTheNextWorkingDayOnlyWhenTheClockSaysSo() {
		// 28 February 2027 is a Sunday, 1 August 2026 a Saturday
		assertThat(startOn(ONE_MONTH, "2027-01-31").dueDate()).isEqualTo("2027-02-28");
		assertThat(startOn(SAR, "2027-01-31").dueDate()).isEqualTo("2027-03-01");
		assertThat(startOn(SAR, "2026-07-01").dueDate()).isEqualTo("2026-08-03");
		// 25 December 2026 (Friday) and 28 December (Boxing Day substitute) are bank
		// holidays
		assertThat(startOn(SAR, "2026-11-25").dueDate()).isEqualTo("2026-12-29");
	}

	@Test
	void aCalendarDayClockDueOnAWorkingDaySkipsBankHolidaysToo() {
		ClockDefinition twentyDays = clock(Duration.Unit.CALENDAR_DAYS, 20, true, null);

		assertThat(startOn(twentyDays, "2026-12-05").dueDate()).isEqualTo("2026-12-29");
	}

	@Test
	void extendsByTwoCalendarMonthsCountedFromDayZero() {
		CaseClock clock = startOn(SAR, "2027-01-31");

		CaseClock extended = this.clocks.extend(clock, SAR, 2, "Complex request", "manager", at("2027-02-10", "09:00"));

		// three months from 31 January 2027 is 30 April 2027, a Friday
		assertThat(extended.dueDate()).isEqualTo("2027-04-30");
		assertThat(extended.extendedBy()).isEqualTo(2);
		assertThatExceptionOfType(ClockRuleException.class)
			.isThrownBy(() -> this.clocks.extend(extended, SAR, 1, "More", "manager", at("2027-02-11", "09:00")))
			.extracting(ClockRuleException::code)
			.isEqualTo(ClockRuleException.EXTENSION_EXCEEDS_MAXIMUM);
	}

	@Test
	void aPauseMovesAMonthClockOutByTheCalendarDaysPaused() {
		CaseClock clock = startOn(ONE_MONTH, "2026-04-30");
		CaseClock paused = this.clocks.pause(clock, at("2026-05-04", "10:00"));

		CaseClock resumed = this.clocks.resume(paused, ONE_MONTH, at("2026-05-11", "10:00"));

		assertThat(resumed.pausedDays()).isEqualTo(7);
		assertThat(resumed.dueDate()).isEqualTo("2026-06-06");
	}

	@Test
	void warnsInMonthsWhenTheWarningIsInMonths() {
		ClockDefinition warned = new ClockDefinition("sar", JsonNodeFactory.instance.stringNode("sar"), "logged",
				new Anchor("start", null), new Duration(3, Duration.Unit.CALENDAR_MONTHS), null, Set.of(),
				new Duration(1, Duration.Unit.CALENDAR_MONTHS), Set.of("done"));
		CaseClock clock = startOn(warned, "2026-01-15");

		assertThat(this.clocks.rag(clock, warned, at("2026-03-14", "10:00"))).isEqualTo(Rag.GREEN);
		assertThat(this.clocks.rag(clock, warned, at("2026-03-15", "10:00"))).isEqualTo(Rag.AMBER);
	}

	@Test
	void aRestartedClockRunsAfreshAndKeepsItsEarlierPeriod() {
		ClockDefinition foi = clock(Duration.Unit.WORKING_DAYS, 20, false, null);
		CaseClock first = startOn(foi, "2026-11-18");
		assertThat(first.dueDate()).isEqualTo("2026-12-16");
		CaseClock paused = this.clocks.pause(first, at("2026-11-20", "10:00"));

		CaseClock restarted = this.clocks.restart(paused, foi, at("2026-12-02", "11:00"), LocalDate.parse("2026-12-02"),
				"officer", "Only 2025 contracts");

		assertThat(restarted.status()).isEqualTo(Status.RUNNING);
		assertThat(restarted.paused()).isFalse();
		assertThat(restarted.pauses()).isEmpty();
		assertThat(restarted.anchorDate()).isEqualTo("2026-12-02");
		// 20 working days after 2 December 2026, skipping Christmas, Boxing Day
		// substitute and New Year
		assertThat(restarted.dueDate()).isEqualTo("2027-01-04");
		assertThat(restarted.earlierPeriods()).containsExactly(
				new Period(at("2026-11-18", "10:00"), LocalDate.parse("2026-11-18"), LocalDate.parse("2026-12-16"),
						Status.PAUSED, false, 0, 0, at("2026-12-02", "11:00"), "officer", "Only 2025 contracts"));
		CaseClock stopped = this.clocks.stop(restarted, foi, at("2026-12-30", "15:00"));
		assertThat(stopped.status()).isEqualTo(Status.MET);
		assertThat(stopped.earlierPeriods()).hasSize(1);
	}

	@Test
	void aRestartAfterTheFirstDueDateLeavesTheNewPeriodOnTime() {
		ClockDefinition foi = clock(Duration.Unit.WORKING_DAYS, 20, false, null);
		CaseClock overdue = this.clocks.markBreachedIfOverdue(startOn(foi, "2026-11-18"), foi,
				at("2026-12-17", "09:00"));
		assertThat(overdue.overdue()).isTrue();

		CaseClock restarted = this.clocks.restart(overdue, foi, at("2026-12-17", "10:00"),
				LocalDate.parse("2026-12-17"), "officer", null);

		assertThat(restarted.overdue()).isFalse();
		assertThat(this.clocks.stop(restarted, foi, at("2027-01-05", "10:00")).status()).isEqualTo(Status.MET);
		assertThat(restarted.earlierPeriods()).extracting(Period::status, Period::overdue)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Status.BREACHED, true));
	}

	private CaseClock startOn(ClockDefinition def, String day0) {
		return this.clocks.start(def, at(day0, "10:00"), LocalDate.parse(day0));
	}

	private static ClockDefinition clock(Duration.Unit unit, int amount, boolean dueOnWorkingDay, Extension extension) {
		return new ClockDefinition("respond", JsonNodeFactory.instance.stringNode("Respond"), "logged",
				new Anchor("received", null), new Duration(amount, unit), extension, Set.of(), null, Set.of("done"),
				null, dueOnWorkingDay);
	}

	private static Instant at(String date, String time) {
		return ZonedDateTime.of(LocalDate.parse(date), LocalTime.parse(time), CalendarSpec.LONDON).toInstant();
	}

}
