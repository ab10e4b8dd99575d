package org.candour.demo.synthetic;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Random;

/**
 * The clock synthetic cases live by: set to the moment each simulated step happens, so
 * intake and actions record the past as if it were happening now.
 */
final class SimulatedClock extends Clock {

	private static final int MAX_DAYS_BETWEEN_STEPS = 6;

	private static final int DAYS_BACK = 547;

	private volatile Instant now;

	SimulatedClock(Instant start) {
		this.now = start;
	}

	void set(Instant instant) {
		this.now = instant;
	}

	/**
	 * Moves the simulated clock on: later the same day, or 1–6 days later in working
	 * hours, off weekends, never past {@code limit}.
	 */
	void advance(Random random, Instant limit) {
		Instant from = this.now;
		int days = random.nextInt(MAX_DAYS_BETWEEN_STEPS + 1);
		ZonedDateTime next = from.atZone(ZoneOffset.UTC).plusMinutes(5 + random.nextInt(120));
		if (days > 0 || next.getHour() >= 18) {
			next = next.plusDays(Math.max(days, 1)).withHour(8).withMinute(30).plusMinutes(random.nextInt(540));
		}
		while (next.getDayOfWeek() == DayOfWeek.SATURDAY || next.getDayOfWeek() == DayOfWeek.SUNDAY) {
			next = next.plusDays(1);
		}
		Instant at = next.toInstant().isAfter(limit) ? limit : next.toInstant();
		this.now = at.isBefore(from) ? from : at;
	}

	/** A weekday in the last 18 months, between 08:00 and 18:00 UTC. */
	static Instant receivedAt(Random random, Instant realNow) {
		LocalDate today = LocalDate.ofInstant(realNow, ZoneOffset.UTC);
		LocalDate day = today.minusDays(1 + random.nextInt(DAYS_BACK));
		while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
			day = today.minusDays(1 + random.nextInt(DAYS_BACK));
		}
		return day.atTime(8, 0).toInstant(ZoneOffset.UTC).plusSeconds(random.nextInt(10 * 3600));
	}

	@Override
	public Instant instant() {
		return this.now;
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

}
