package org.candour.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * One token bucket per client and endpoint group, in memory (per instance). Full buckets
 * are dropped when many clients are tracked, so memory stays bounded.
 */
final class ClientBuckets {

	private static final int TIDY_ABOVE = 10_000;

	private final SecuritySettings.RateLimit limit;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	ClientBuckets(SecuritySettings.RateLimit limit) {
		this.limit = limit;
	}

	ConsumptionProbe consume(String client) {
		if (this.buckets.size() > TIDY_ABOVE) {
			this.buckets.values().removeIf(bucket -> bucket.getAvailableTokens() >= this.limit.capacity());
		}
		return this.buckets.computeIfAbsent(client, key -> newBucket()).tryConsumeAndReturnRemaining(1);
	}

	private Bucket newBucket() {
		return Bucket.builder()
			.addLimit(bandwidth -> bandwidth.capacity(this.limit.capacity())
				.refillGreedy(this.limit.capacity(), this.limit.period()))
			.build();
	}

}
