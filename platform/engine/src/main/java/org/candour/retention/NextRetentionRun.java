package org.candour.retention;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;

/**
 * When the nightly job next runs, from the same cron expression and zone as
 * {@link RetentionSweep}, and the day that run disposes up to (its UTC date, as
 * {@link Retention#run} counts).
 */
@Component
class NextRetentionRun {

	static final String CRON = "${candour.retention.cron:0 30 2 * * *}";

	static final String ZONE = "Europe/London";

	private final CronExpression cron;

	private final Clock clock;

	NextRetentionRun(@Value(CRON) String cron, java.util.Optional<Clock> clock) {
		this.cron = CronExpression.parse(cron);
		this.clock = clock.orElse(Clock.systemUTC());
	}

	Instant at() {
		return this.cron.next(this.clock.instant().atZone(ZoneId.of(ZONE))).toInstant();
	}

	LocalDate day(Instant at) {
		return at.atZone(ZoneOffset.UTC).toLocalDate();
	}

}
