package org.candour.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.Set;

/**
 * A tenant's working days: not a Saturday or Sunday, not a bank holiday of its division,
 * not one of its closure days. The day of receipt is day 0 and the next working day is
 * day 1. Immutable and thread-safe.
 */
public final class WorkingDayCalendar {

	private final CalendarSpec spec;

	private final BankHolidays holidays;

	private final Set<LocalDate> closed;

	public WorkingDayCalendar(BankHolidays holidays, CalendarSpec spec) {
		this.spec = spec;
		this.holidays = holidays;
		Set<LocalDate> closed = new HashSet<>(holidays.of(spec.division()));
		closed.addAll(spec.closureDays());
		this.closed = Set.copyOf(closed);
	}

	public CalendarSpec spec() {
		return this.spec;
	}

	/**
	 * Whether the bank-holiday data covers a date; beyond it only weekends and closure
	 * days are known, so a caller should warn.
	 */
	public boolean covers(LocalDate date) {
		return this.holidays.covers(date);
	}

	/** The last year the bank-holiday data covers, e.g. 2027. */
	public int lastCoveredYear() {
		return this.holidays.lastCovered().getYear();
	}

	public boolean isWorkingDay(LocalDate date) {
		DayOfWeek day = date.getDayOfWeek();
		return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !this.closed.contains(date);
	}

	/** The first working day strictly after a date. */
	public LocalDate nextWorkingDay(LocalDate date) {
		LocalDate next = date.plusDays(1);
		while (!isWorkingDay(next)) {
			next = next.plusDays(1);
		}
		return next;
	}

	/**
	 * The date counted as day 0 for something received at an instant: its date in the
	 * calendar's zone, or the next working day when that is not a working day or the time
	 * is at or after the cut-off.
	 */
	public LocalDate receivedOn(Instant receivedAt) {
		ZonedDateTime local = receivedAt.atZone(this.spec.zone());
		LocalDate date = local.toLocalDate();
		boolean afterCutOff = this.spec.cutOff() != null && !local.toLocalTime().isBefore(this.spec.cutOff());
		return (afterCutOff || !isWorkingDay(date)) ? nextWorkingDay(date) : date;
	}

	/**
	 * The n-th working day after day 0; {@code n == 0} returns day 0 itself.
	 * @throws IllegalArgumentException when n is negative
	 */
	public LocalDate addWorkingDays(LocalDate day0, int n) {
		if (n < 0) {
			throw new IllegalArgumentException("Working days to add must not be negative: " + n);
		}
		LocalDate day = day0;
		for (int i = 0; i < n; i++) {
			day = nextWorkingDay(day);
		}
		return day;
	}

	/**
	 * The number of working days d with {@code from < d <= to}; negative, mirrored, when
	 * {@code to} is before {@code from}.
	 */
	public int workingDaysBetween(LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			return -workingDaysBetween(to, from);
		}
		int count = 0;
		for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
			if (isWorkingDay(day)) {
				count++;
			}
		}
		return count;
	}

	public LocalDate addCalendarDays(LocalDate date, int days) {
		return date.plusDays(days);
	}

	/**
	 * The same day of the month {@code months} calendar months later, or the last day of
	 * that month when it is shorter: one month from 31 January is 28 (or 29) February,
	 * from 30 April it is 30 May.
	 * @throws IllegalArgumentException when months is negative
	 */
	public LocalDate addCalendarMonths(LocalDate date, int months) {
		if (months < 0) {
			throw new IllegalArgumentException("Calendar months to add must not be negative: " + months);
		}
		return date.plusMonths(months);
	}

	/** The day itself when it is a working day, otherwise the next working day. */
	public LocalDate workingDayOnOrAfter(LocalDate date) {
		return isWorkingDay(date) ? date : nextWorkingDay(date);
	}

	/**
	 * The date of an instant in the calendar's zone, whatever the day and time: day 0 of
	 * statutory time limits in calendar days or months, which count from the date of
	 * receipt even on a weekend.
	 */
	public LocalDate dateOf(Instant instant) {
		return instant.atZone(this.spec.zone()).toLocalDate();
	}

	public Instant addHours(Instant instant, long hours) {
		return instant.plus(Duration.ofHours(hours));
	}

}
