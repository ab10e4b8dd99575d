package org.candour.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

import org.springframework.stereotype.Component;

/**
 * One token bucket per client (or other key) and group, in memory (per instance),
 * refilled by the application's clock: the anonymous endpoints' limit
 * ({@code candour.security.rate-limit.*}) unless a group names its own. Full buckets are
 * dropped when many are held, so memory stays bounded. The anonymous endpoints' limit can
 * be changed while running (tests tighten it for a while), which starts every client
 * afresh.
 */
@Component
class ClientBuckets {

	private static final int TIDY_ABOVE = 10_000;

	private volatile SecuritySettings.RateLimit limit;

	private final TimeMeter time;

	private final Map<String, Held> buckets = new ConcurrentHashMap<>();

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
		return consume(group, client, this.limit.capacity(), this.limit.period());
	}

	/**
	 * Takes one of {@code capacity} tokens a {@code period} from the bucket of
	 * {@code key} in {@code group}.
	 */
	ConsumptionProbe consume(String group, String key, long capacity, Duration period) {
		if (this.buckets.size() > TIDY_ABOVE) {
			this.buckets.values().removeIf(Held::full);
		}
		return this.buckets.computeIfAbsent(group + "|" + key, ignored -> newBucket(capacity, period))
			.bucket()
			.tryConsumeAndReturnRemaining(1);
	}

	private Held newBucket(long capacity, Duration period) {
		return new Held(Bucket.builder()
			.addLimit(bandwidth -> bandwidth.capacity(capacity).refillGreedy(capacity, period))
			.withCustomTimePrecision(this.time)
			.build(), capacity);
	}

	private record Held(Bucket bucket, long capacity) {

		boolean full() {
			return this.bucket.getAvailableTokens() >= this.capacity;
		}

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
