package org.candour.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class WorkingDayCalendarTests {

	private static final BankHolidays SHIPPED = BankHolidays.shipped();

	private static final WorkingDayCalendar ENGLAND = calendar(CalendarSpec.defaults(Division.ENGLAND_AND_WALES));

	@Test
	void weekendsAreNotWorkingDays() {
		assertThat(ENGLAND.isWorkingDay(LocalDate.parse("2026-11-21"))).isFalse();
		assertThat(ENGLAND.isWorkingDay(LocalDate.parse("2026-11-22"))).isFalse();
		assertThat(ENGLAND.isWorkingDay(LocalDate.parse("2026-11-23"))).isTrue();
	}

	@ParameterizedTest(name = "{0} {1}: E&W {2}, Scotland {3}, NI {4}")
	@CsvSource({ "2022-01-03, substitute New Year's Day (E&W and NI) and 2 January (Scotland), false, false, false",
			"2022-01-04, substitute New Year's Day (Scotland), true, false, true",
			"2026-01-02, 2 January, true, false, true", "2022-11-30, St Andrew's Day, true, false, true",
			"2026-08-03, Summer bank holiday (Scotland), true, false, true",
			"2026-08-31, Summer bank holiday (E&W and NI), false, true, false",
			"2023-03-17, St Patrick's Day, true, true, false", "2027-03-17, St Patrick's Day, true, true, false",
			"2023-07-12, Battle of the Boyne, true, true, false" })
	void appliesEachDivisionsOwnBankHolidays(LocalDate date, String holiday, boolean england, boolean scotland,
			boolean northernIreland) {
		assertThat(workingDay(Division.ENGLAND_AND_WALES, date)).isEqualTo(england);
		assertThat(workingDay(Division.SCOTLAND, date)).isEqualTo(scotland);
		assertThat(workingDay(Division.NORTHERN_IRELAND, date)).isEqualTo(northernIreland);
	}

	@ParameterizedTest
	@EnumSource(Division.class)
	void oneOffAndSubstituteHolidaysAreNotWorkingDaysInAnyDivision(Division division) {
		Stream.of("2022-09-19", "2022-06-03", "2023-05-08", "2020-05-08", "2021-12-27", "2021-12-28")
			.map(LocalDate::parse)
			.forEach(date -> assertThat(workingDay(division, date)).as("%s in %s", date, division).isFalse());
	}

	@ParameterizedTest
	@EnumSource(Division.class)
	void theEarlyMayHolidayMovedForVeDayLeavesItsMondayAWorkingDay(Division division) {
		assertThat(workingDay(division, LocalDate.parse("2020-05-04"))).isTrue();
	}

	@Test
	void countsTheDayOfReceiptAsDayZero() {
		LocalDate wednesday = LocalDate.parse("2026-11-18");
		assertThat(ENGLAND.addWorkingDays(wednesday, 0)).isEqualTo(wednesday);
		assertThat(ENGLAND.addWorkingDays(wednesday, 1)).isEqualTo("2026-11-19");
		assertThat(ENGLAND.addWorkingDays(wednesday, 5)).isEqualTo("2026-11-25");
	}

	@Test
	void skipsABankHolidayMondayAfterAFridayReceipt() {
		LocalDate friday = LocalDate.parse("2026-05-01");
		assertThat(ENGLAND.addWorkingDays(friday, 1)).isEqualTo("2026-05-05");
		assertThat(ENGLAND.addWorkingDays(friday, 5)).isEqualTo("2026-05-11");
	}

	@Test
	void skipsOneOffHolidaysWhenAddingWorkingDays() {
		assertThat(ENGLAND.addWorkingDays(LocalDate.parse("2022-09-16"), 1)).isEqualTo("2022-09-20");
		assertThat(ENGLAND.addWorkingDays(LocalDate.parse("2023-05-05"), 5)).isEqualTo("2023-05-15");
	}

	@Test
	void findsTheNextWorkingDayStrictlyAfterADate() {
		assertThat(ENGLAND.nextWorkingDay(LocalDate.parse("2026-11-18"))).isEqualTo("2026-11-19");
		assertThat(ENGLAND.nextWorkingDay(LocalDate.parse("2021-12-24"))).isEqualTo("2021-12-29");
	}

	@Test
	void countsAReceiptAtOrAfterTheCutOffAsReceivedOnTheNextWorkingDay() {
		WorkingDayCalendar calendar = calendar(
				CalendarSpec.defaults(Division.ENGLAND_AND_WALES).withCutOff(LocalTime.of(17, 0)));
		assertThat(calendar.receivedOn(Instant.parse("2026-11-18T16:59:59Z"))).isEqualTo("2026-11-18");
		assertThat(calendar.receivedOn(Instant.parse("2026-11-18T17:00:00Z"))).isEqualTo("2026-11-19");
		assertThat(calendar.receivedOn(Instant.parse("2026-05-01T17:30:00+01:00"))).isEqualTo("2026-05-05");
	}

	@Test
	void readsTheCutOffInLondonTimeDuringSummerTime() {
		WorkingDayCalendar calendar = calendar(
				CalendarSpec.defaults(Division.ENGLAND_AND_WALES).withCutOff(LocalTime.of(17, 0)));
		assertThat(calendar.receivedOn(Instant.parse("2026-06-10T15:59:00Z"))).isEqualTo("2026-06-10");
		assertThat(calendar.receivedOn(Instant.parse("2026-06-10T16:00:00Z"))).isEqualTo("2026-06-11");
	}

	@Test
	void countsALateReceiptAsTheSameDayWithoutACutOff() {
		assertThat(ENGLAND.receivedOn(Instant.parse("2026-11-18T23:30:00Z"))).isEqualTo("2026-11-18");
		assertThat(ENGLAND.receivedOn(Instant.parse("2026-06-10T23:30:00Z"))).isEqualTo("2026-06-11");
	}

	@Test
	void countsAReceiptOnANonWorkingDayAsReceivedOnTheNextWorkingDay() {
		assertThat(ENGLAND.receivedOn(Instant.parse("2026-11-21T10:00:00Z"))).isEqualTo("2026-11-23");
		assertThat(ENGLAND.receivedOn(Instant.parse("2026-05-02T10:00:00+01:00"))).isEqualTo("2026-05-05");
		assertThat(ENGLAND.receivedOn(Instant.parse("2026-12-25T10:00:00Z"))).isEqualTo("2026-12-29");
	}

	@Test
	void treatsTenantClosureDaysAsNonWorkingDays() {
		List<LocalDate> closures = Stream.of("2026-12-29", "2026-12-30", "2026-12-31").map(LocalDate::parse).toList();
		WorkingDayCalendar calendar = calendar(
				CalendarSpec.defaults(Division.ENGLAND_AND_WALES).withClosureDays(closures));
		assertThat(closures).noneMatch(calendar::isWorkingDay).allMatch(ENGLAND::isWorkingDay);
		assertThat(calendar.addWorkingDays(LocalDate.parse("2026-12-24"), 1)).isEqualTo("2027-01-04");
		assertThat(calendar.addWorkingDays(LocalDate.parse("2026-12-24"), 5)).isEqualTo("2027-01-08");
		assertThat(calendar.receivedOn(Instant.parse("2026-12-29T09:00:00Z"))).isEqualTo("2027-01-04");
	}

	@ParameterizedTest
	@EnumSource(Division.class)
	void countsBackTheWorkingDaysItAdded(Division division) {
		WorkingDayCalendar calendar = calendar(CalendarSpec.defaults(division));
		for (LocalDate day = LocalDate.parse("2018-01-01"); day
			.isBefore(LocalDate.parse("2027-12-01")); day = day.plusDays(1)) {
			if (!calendar.isWorkingDay(day)) {
				continue;
			}
			for (int n : new int[] { 0, 1, 3, 5, 10, 20, 65 }) {
				LocalDate due = calendar.addWorkingDays(day, n);
				assertThat(calendar.workingDaysBetween(day, due)).as("%s + %d", day, n).isEqualTo(n);
				assertThat(calendar.workingDaysBetween(due, day)).as("%s - %d", due, n).isEqualTo(-n);
			}
		}
	}

	@Test
	void countsWorkingDaysAfterTheStartUpToAndIncludingTheEnd() {
		LocalDate friday = LocalDate.parse("2026-11-20");
		assertThat(ENGLAND.workingDaysBetween(friday, friday)).isZero();
		assertThat(ENGLAND.workingDaysBetween(friday, LocalDate.parse("2026-11-22"))).isZero();
		assertThat(ENGLAND.workingDaysBetween(friday, LocalDate.parse("2026-11-23"))).isEqualTo(1);
		assertThat(ENGLAND.workingDaysBetween(LocalDate.parse("2021-12-24"), LocalDate.parse("2021-12-31")))
			.isEqualTo(3);
	}

	@Test
	void refusesANegativeNumberOfWorkingDays() {
		assertThatIllegalArgumentException().isThrownBy(() -> ENGLAND.addWorkingDays(LocalDate.parse("2026-11-18"), -1))
			.withMessageContaining("-1");
	}

	@Test
	void addsCalendarDaysAndHoursWithoutSkippingAnything() {
		assertThat(ENGLAND.addCalendarDays(LocalDate.parse("2026-12-24"), 1)).isEqualTo("2026-12-25");
		assertThat(ENGLAND.addHours(Instant.parse("2026-03-28T12:00:00Z"), 24)).isEqualTo("2026-03-29T12:00:00Z");
	}

	@Test
	void knowsWhichDatesTheShippedBankHolidaysCover() {
		assertThat(ENGLAND.covers(LocalDate.parse("2018-01-01"))).isTrue();
		assertThat(ENGLAND.covers(LocalDate.parse("2027-12-31"))).isTrue();
		assertThat(ENGLAND.covers(LocalDate.parse("2017-12-31"))).isFalse();
		assertThat(ENGLAND.covers(LocalDate.parse("2028-01-01"))).isFalse();
	}

	@Test
	void defaultsToNoCutOffNoClosuresAndLondonTime() {
		CalendarSpec spec = CalendarSpec.defaults(Division.SCOTLAND);
		assertThat(spec.cutOff()).isNull();
		assertThat(spec.closureDays()).isEmpty();
		assertThat(spec.zone()).isEqualTo(ZoneId.of("Europe/London"));
		assertThat(new CalendarSpec(Division.SCOTLAND, null, null, null)).isEqualTo(spec);
	}

	private static boolean workingDay(Division division, LocalDate date) {
		return calendar(CalendarSpec.defaults(division)).isWorkingDay(date);
	}

	private static WorkingDayCalendar calendar(CalendarSpec spec) {
		return new WorkingDayCalendar(SHIPPED, spec);
	}

}
