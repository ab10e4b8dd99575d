package org.candour.security;

import java.time.Duration;

import org.springframework.boot.test.context.TestComponent;

/**
 * The rate limit of anonymous endpoints for tests that need another one than the
 * context's ({@code candour.security.rate-limit.*}) for a while: {@link #set} it, and
 * {@link #reset()} it afterwards. Either starts every client's bucket afresh.
 */
@TestComponent
public class TestRateLimit {

	private final ClientBuckets buckets;

	private final SecuritySettings settings;

	TestRateLimit(ClientBuckets buckets, SecuritySettings settings) {
		this.buckets = buckets;
		this.settings = settings;
	}

	/**
	 * {@code capacity} requests per client and endpoint group, refilled over
	 * {@code period}.
	 */
	public void set(int capacity, Duration period) {
		this.buckets.limit(new SecuritySettings.RateLimit(capacity, period));
	}

	/** Back to the configured limit. */
	public void reset() {
		this.buckets.limit(this.settings.rateLimit());
	}

}
