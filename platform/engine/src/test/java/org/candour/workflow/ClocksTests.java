package org.candour.workflow;

import org.candour.definition.model.Extension;

import org.candour.definition.model.Duration;

import org.candour.definition.model.ClockDefinition;

import org.candour.definition.model.Anchor;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Set;

import org.candour.calendar.BankHolidays;
import org.candour.calendar.CalendarSpec;
import org.candour.calendar.Division;
import org.candour.calendar.WorkingDayCalendar;
import org.candour.workflow.CaseClock.ClockExtension;
import org.candour.workflow.CaseClock.Pause;
import org.candour.workflow.CaseClock.Status;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ClocksTests {

	private static final WorkingDayCalendar ENGLAND = new WorkingDayCalendar(BankHolidays.shipped(),
			CalendarSpec.defaults(Division.ENGLAND_AND_WALES));

	private static final ClockDefinition ACKNOWLEDGE = clock("acknowledge", 5, Duration.Unit.WORKING_DAYS, null,
			new Duration(1, Duration.Unit.WORKING_DAYS));

	private static final ClockDefinition RESPOND = clock("respond", 10, Duration.Unit.WORKING_DAYS,
			new Extension(10, true, Set.of("MANAGER")), new Duration(2, Duration.Unit.WORKING_DAYS));

	private final Clocks clocks = new Clocks(ENGLAND);

	@Test
	void countsWorkingDaysFromDayZero() {
		CaseClock clock = startOn(ACKNOWLEDGE, "2026-11-18");
		assertThat(clock.status()).isEqualTo(Status.RUNNING);
		assertThat(clock.anchorDate()).isEqualTo("2026-11-18");
		assertThat(clock.dueDate()).isEqualTo("2026-11-25");
		assertThat(clock.dueAt()).isNull();
		assertThat(clock.stopped()).isFalse();
	}

	@Test
	void skipsChristmasBoxingDaySubstituteAndNewYear() {
		assertThat(ENGLAND.isWorkingDay(date("2026-12-25"))).isFalse();
		assertThat(ENGLAND.isWorkingDay(date("2026-12-28"))).isFalse();
		assertThat(startOn(clock("five", 5, Duration.Unit.WORKING_DAYS, null, null), "2026-12-18").dueDate())
			.isEqualTo("2026-12-29");
		assertThat(startOn(RESPOND, "2026-12-18").dueDate()).isEqualTo("2027-01-06");
	}

	@Test
	void countsCalendarDaysThroughHolidays() {
		CaseClock clock = startOn(clock("reply", 14, Duration.Unit.CALENDAR_DAYS, null, null), "2026-12-18");
		assertThat(clock.dueDate()).isEqualTo("2027-01-01");
	}

	@Test
	void countsHoursFromTheMomentTheClockStarts() {
		ClockDefinition urgent = clock("urgent", 48, Duration.Unit.HOURS, null, null);
		CaseClock clock = this.clocks.start(urgent, at("2026-11-18", "10:00"), date("2026-11-18"));
		assertThat(clock.anchorInstant()).isEqualTo(at("2026-11-18", "10:00"));
		assertThat(clock.dueAt()).isEqualTo(at("2026-11-20", "10:00"));
		assertThat(clock.dueDate()).isEqualTo("2026-11-20");
		assertThat(this.clocks.stop(clock, urgent, at("2026-11-20", "10:00")).status()).isEqualTo(Status.MET);
		assertThat(this.clocks.stop(clock, urgent, at("2026-11-20", "10:01")).status()).isEqualTo(Status.BREACHED);
	}

	@Test
	void extendsTheDueDateByTheAmountWithAReason() {
		CaseClock clock = startOn(RESPOND, "2026-11-18");
		assertThat(clock.dueDate()).isEqualTo("2026-12-02");
		Instant now = at("2026-11-30", "09:00");
		CaseClock extended = this.clocks.extend(clock, RESPOND, 10, "Waiting for a contractor's report", "manager-1",
				now);
		assertThat(extended.extendedBy()).isEqualTo(10);
		assertThat(extended.dueDate()).isEqualTo("2026-12-16");
		assertThat(extended.extensions())
			.containsExactly(new ClockExtension("manager-1", "Waiting for a contractor's report", 10, now));
		assertThat(this.clocks.due(RESPOND, extended)).isEqualTo("2026-12-16");
	}

	@Test
	void refusesExtensionsBeyondTheMaximumInAll() {
		CaseClock extended = this.clocks.extend(startOn(RESPOND, "2026-11-18"), RESPOND, 6, "Complex", "m",
				at("2026-11-20", "09:00"));
		assertRefused(() -> this.clocks.extend(extended, RESPOND, 5, "More", "m", at("2026-11-23", "09:00")),
				"clock.extension-exceeds-maximum");
		assertThat(this.clocks.extend(extended, RESPOND, 4, "More", "m", at("2026-11-23", "09:00")).extendedBy())
			.isEqualTo(10);
	}

	@Test
	void refusesAnExtensionWithoutAReason() {
		CaseClock clock = startOn(RESPOND, "2026-11-18");
		assertRefused(() -> this.clocks.extend(clock, RESPOND, 5, " ", "m", at("2026-11-20", "09:00")),
				"clock.extension-reason-required");
		assertRefused(() -> this.clocks.extend(clock, RESPOND, 5, null, "m", at("2026-11-20", "09:00")),
				"clock.extension-reason-required");
	}

	@Test
	void refusesExtendingAClockWithoutExtensionsAStoppedClockOrByNothing() {
		CaseClock acknowledge = startOn(ACKNOWLEDGE, "2026-11-18");
		assertRefused(() -> this.clocks.extend(acknowledge, ACKNOWLEDGE, 1, "Why", "m", at("2026-11-19", "09:00")),
				"clock.extension-not-allowed");
		CaseClock respond = startOn(RESPOND, "2026-11-18");
		assertRefused(() -> this.clocks.extend(respond, RESPOND, 0, "Why", "m", at("2026-11-19", "09:00")),
				"clock.extension-amount-invalid");
		CaseClock stopped = this.clocks.stop(respond, RESPOND, at("2026-11-19", "09:00"));
		assertRefused(() -> this.clocks.extend(stopped, RESPOND, 1, "Why", "m", at("2026-11-19", "10:00")),
				"clock.not-running");
	}

	@Test
	void pausingForThreeWorkingDaysMovesTheDueDateByThree() {
		CaseClock paused = this.clocks.pause(startOn(RESPOND, "2026-11-18"), at("2026-11-23", "11:00"));
		assertThat(paused.status()).isEqualTo(Status.PAUSED);
		assertThat(paused.pausedSince()).isEqualTo("2026-11-23");
		assertThat(paused.pauses()).containsExactly(new Pause(date("2026-11-23"), null));
		CaseClock resumed = this.clocks.resume(paused, RESPOND, at("2026-11-26", "15:00"));
		assertThat(resumed.status()).isEqualTo(Status.RUNNING);
		assertThat(resumed.pausedDays()).isEqualTo(3);
		assertThat(resumed.pausedSince()).isNull();
		assertThat(resumed.pauses()).containsExactly(new Pause(date("2026-11-23"), date("2026-11-26")));
		assertThat(resumed.dueDate()).isEqualTo("2026-12-07");
	}

	@Test
	void aPauseOverAWeekendCountsOnlyWorkingDays() {
		CaseClock paused = this.clocks.pause(startOn(RESPOND, "2026-11-18"), at("2026-11-20", "16:00"));
		CaseClock resumed = this.clocks.resume(paused, RESPOND, at("2026-11-23", "09:00"));
		assertThat(resumed.pausedDays()).isEqualTo(1);
		assertThat(resumed.dueDate()).isEqualTo("2026-12-03");
	}

	@Test
	void pausingAPausedOrStoppedClockAndResumingARunningOneChangeNothing() {
		CaseClock running = startOn(RESPOND, "2026-11-18");
		CaseClock paused = this.clocks.pause(running, at("2026-11-23", "11:00"));
		assertThat(this.clocks.pause(paused, at("2026-11-24", "11:00"))).isSameAs(paused);
		assertThat(this.clocks.resume(running, RESPOND, at("2026-11-24", "11:00"))).isSameAs(running);
		CaseClock stopped = this.clocks.stop(running, RESPOND, at("2026-11-24", "11:00"));
		assertThat(this.clocks.pause(stopped, at("2026-11-25", "11:00"))).isSameAs(stopped);
	}

	@Test
	void isMetWhenStoppedOnTheDueDateAndBreachedTheDayAfter() {
		CaseClock clock = startOn(ACKNOWLEDGE, "2026-11-18");
		CaseClock met = this.clocks.stop(clock, ACKNOWLEDGE, at("2026-11-25", "23:30"));
		assertThat(met.status()).isEqualTo(Status.MET);
		assertThat(met.stoppedAt()).isEqualTo(at("2026-11-25", "23:30"));
		assertThat(met.stopped()).isTrue();
		CaseClock breached = this.clocks.stop(clock, ACKNOWLEDGE, at("2026-11-26", "08:00"));
		assertThat(breached.status()).isEqualTo(Status.BREACHED);
		assertThat(this.clocks.stop(met, ACKNOWLEDGE, at("2026-11-27", "08:00"))).isSameAs(met);
	}

	@Test
	void stoppingAPausedClockEndsThePauseAndCountsIt() {
		CaseClock paused = this.clocks.pause(startOn(RESPOND, "2026-11-18"), at("2026-11-30", "10:00"));
		CaseClock stopped = this.clocks.stop(paused, RESPOND, at("2026-12-10", "10:00"));
		assertThat(stopped.status()).isEqualTo(Status.MET);
		assertThat(stopped.pausedDays()).isEqualTo(8);
		assertThat(stopped.dueDate()).isEqualTo("2026-12-14");
		assertThat(stopped.pauses()).containsExactly(new Pause(date("2026-11-30"), date("2026-12-10")));
	}

	@Test
	void marksAnOverdueClockBreachedOnce() {
		CaseClock clock = startOn(ACKNOWLEDGE, "2026-11-18");
		assertThat(this.clocks.markBreachedIfOverdue(clock, ACKNOWLEDGE, at("2026-11-25", "23:59"))).isSameAs(clock);
		CaseClock breached = this.clocks.markBreachedIfOverdue(clock, ACKNOWLEDGE, at("2026-11-26", "00:01"));
		assertThat(breached.status()).isEqualTo(Status.BREACHED);
		assertThat(breached.overdue()).isTrue();
		assertThat(breached.stopped()).isFalse();
		assertThat(this.clocks.markBreachedIfOverdue(breached, ACKNOWLEDGE, at("2026-11-27", "09:00")))
			.isSameAs(breached);
		assertThat(this.clocks.stop(breached, ACKNOWLEDGE, at("2026-11-27", "09:00")).status())
			.isEqualTo(Status.BREACHED);
	}

	@Test
	void aPausedClockIsNotBreachedWhileItsPausePushesTheDueDateOut() {
		CaseClock paused = this.clocks.pause(startOn(RESPOND, "2026-11-18"), at("2026-11-30", "10:00"));
		assertThat(this.clocks.markBreachedIfOverdue(paused, RESPOND, at("2026-12-10", "10:00"))).isSameAs(paused);
	}

	@Test
	void aClockPausedAfterItsBreachStaysBreachedWhenResumed() {
		CaseClock breached = this.clocks.markBreachedIfOverdue(startOn(ACKNOWLEDGE, "2026-11-18"), ACKNOWLEDGE,
				at("2026-11-26", "09:00"));
		CaseClock paused = this.clocks.pause(breached, at("2026-11-27", "09:00"));
		assertThat(paused.status()).isEqualTo(Status.PAUSED);
		assertThat(paused.overdue()).isTrue();
		CaseClock resumed = this.clocks.resume(paused, ACKNOWLEDGE, at("2026-12-01", "09:00"));
		assertThat(resumed.status()).isEqualTo(Status.BREACHED);
		assertThat(resumed.overdue()).isTrue();
		assertThat(resumed.pausedDays()).isEqualTo(2);
	}

	@Test
	void isGreenThenAmberWithinTheWarningThenRedWhenOverdue() {
		CaseClock clock = startOn(ACKNOWLEDGE, "2026-11-18");
		assertThat(this.clocks.rag(clock, ACKNOWLEDGE, at("2026-11-23", "09:00"))).isEqualTo(Rag.GREEN);
		assertThat(this.clocks.rag(clock, ACKNOWLEDGE, at("2026-11-24", "09:00"))).isEqualTo(Rag.AMBER);
		assertThat(this.clocks.rag(clock, ACKNOWLEDGE, at("2026-11-25", "17:00"))).isEqualTo(Rag.AMBER);
		assertThat(this.clocks.rag(clock, ACKNOWLEDGE, at("2026-11-26", "09:00"))).isEqualTo(Rag.RED);
	}

	@Test
	void warnsTwoWorkingDaysAheadWhenTheClockSaysNothing() {
		ClockDefinition silent = clock("silent", 5, Duration.Unit.WORKING_DAYS, null, null);
		CaseClock clock = startOn(silent, "2026-11-18");
		assertThat(this.clocks.rag(clock, silent, at("2026-11-20", "09:00"))).isEqualTo(Rag.GREEN);
		assertThat(this.clocks.rag(clock, silent, at("2026-11-23", "09:00"))).isEqualTo(Rag.AMBER);
	}

	@Test
	void stoppedClocksShowTheirOutcome() {
		CaseClock clock = startOn(ACKNOWLEDGE, "2026-11-18");
		CaseClock met = this.clocks.stop(clock, ACKNOWLEDGE, at("2026-11-19", "09:00"));
		CaseClock late = this.clocks.stop(clock, ACKNOWLEDGE, at("2026-11-30", "09:00"));
		assertThat(this.clocks.rag(met, ACKNOWLEDGE, at("2026-12-30", "09:00"))).isEqualTo(Rag.MET);
		assertThat(this.clocks.rag(late, ACKNOWLEDGE, at("2026-12-30", "09:00"))).isEqualTo(Rag.BREACHED);
	}

	@Test
	void writesTheStatusInLowerCaseAndReadsTheClockBack() {
		JsonMapper json = JsonMapper.builder().build();
		CaseClock paused = this.clocks.pause(startOn(RESPOND, "2026-11-18"), at("2026-11-23", "11:00"));
		JsonNode written = json.valueToTree(paused);
		assertThat(written.path("status").asString()).isEqualTo("paused");
		assertThat(written.has("stopped")).isFalse();
		assertThat(json.treeToValue(written, CaseClock.class)).isEqualTo(paused);
	}

	private CaseClock startOn(ClockDefinition def, String day0) {
		return this.clocks.start(def, at(day0, "10:00"), date(day0));
	}

	private static void assertRefused(Runnable operation, String code) {
		assertThatExceptionOfType(ClockRuleException.class).isThrownBy(operation::run)
			.extracting(ClockRuleException::code)
			.isEqualTo(code);
	}

	private static ClockDefinition clock(String id, int amount, Duration.Unit unit, Extension extension,
			Duration warnBefore) {
		return new ClockDefinition(id, JsonNodeFactory.instance.stringNode(id), "logged", new Anchor("start", null),
				new Duration(amount, unit), extension, Set.of(), warnBefore, Set.of("done"));
	}

	private static LocalDate date(String date) {
		return LocalDate.parse(date);
	}

	private static Instant at(String date, String time) {
		return ZonedDateTime.of(date(date), LocalTime.parse(time), CalendarSpec.LONDON).toInstant();
	}

}
