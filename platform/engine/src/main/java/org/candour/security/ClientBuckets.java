package org.candour.security;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

import org.springframework.stereotype.Component;

/**
 * One token bucket per client and endpoint group, in memory (per instance), refilled by
 * the application's clock. Full buckets are dropped when many clients are tracked, so
 * memory stays bounded. The limit can be changed while running (tests tighten it for a
 * while), which starts every client afresh.
 */
@Component
class ClientBuckets {

	private static final int TIDY_ABOVE = 10_000;

	private volatile SecuritySettings.RateLimit limit;

	private final TimeMeter time;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	ClientBuckets(SecuritySettings settings, Optional<Clock> clock) {
		this.limit = settings.rateLimit();
		this.time = new ClockTime(clock.orElse(Clock.systemUTC()));
	}

	/** Replaces the limit and forgets every client's bucket. */
	void limit(SecuritySettings.RateLimit limit) {
		this.limit = limit;
		this.buckets.clear();
	}

	/** Takes one request of {@code client} to the endpoints of {@code group}. */
	ConsumptionProbe consume(String group, String client) {
		if (this.buckets.size() > TIDY_ABOVE) {
			this.buckets.values().removeIf(bucket -> bucket.getAvailableTokens() >= this.limit.capacity());
		}
		return this.buckets.computeIfAbsent(group + "|" + client, key -> newBucket()).tryConsumeAndReturnRemaining(1);
	}

	private Bucket newBucket() {
		SecuritySettings.RateLimit limit = this.limit;
		return Bucket.builder()
			.addLimit(bandwidth -> bandwidth.capacity(limit.capacity()).refillGreedy(limit.capacity(), limit.period()))
			.withCustomTimePrecision(this.time)
			.build();
	}

	/**
	 * The application's clock as the buckets' time. It only moves forward: a clock set
	 * back (by NTP, or a test) pauses the refill rather than freezing it until the clock
	 * catches up.
	 */
	static final class ClockTime implements TimeMeter {

		private final Clock clock;

		private long last;

		private long elapsed;

		ClockTime(Clock clock) {
			this.clock = clock;
			this.last = clock.millis();
		}

		@Override
		public synchronized long currentTimeNanos() {
			long now = this.clock.millis();
			this.elapsed += Math.max(0, now - this.last);
			this.last = now;
			return TimeUnit.MILLISECONDS.toNanos(this.elapsed);
		}

		@Override
		public boolean isWallClockBased() {
			return false;
		}

	}

}
