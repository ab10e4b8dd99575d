package org.candour.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.test.context.TestComponent;

/**
 * The application's clock in the web tests: the real time, until a test stops it to move
 * it on by hand (to refill a rate limit, say) and lets it run again.
 */
@TestComponent
public class StoppableClock extends Clock {

	private final AtomicReference<Instant> stoppedAt = new AtomicReference<>();

	/** Stands still from now on, until moved on or let run again. */
	public void stop() {
		this.stoppedAt.compareAndSet(null, Instant.now());
	}

	/** Moves the stopped clock on. */
	public void advance(Duration duration) {
		if (this.stoppedAt.getAndUpdate(at -> (at != null) ? at.plus(duration) : null) == null) {
			throw new IllegalStateException("Stop the clock before moving it on");
		}
	}

	/** Back to the real time. */
	public void run() {
		this.stoppedAt.set(null);
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

	@Override
	public Instant instant() {
		Instant stopped = this.stoppedAt.get();
		return (stopped != null) ? stopped : Instant.now();
	}

}
