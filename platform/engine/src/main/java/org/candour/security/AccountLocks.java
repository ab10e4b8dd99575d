package org.candour.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed sign-ins per account and how long each account is locked, by the application
 * clock: after {@code freeFailures} failures every failure locks the account, for
 * {@code firstDelay} and then twice as long each time up to {@code maxDelay}; a success
 * forgets the account. In memory, per instance; bounded (accounts not locked are dropped
 * first when very many are tracked).
 */
final class AccountLocks {

	private static final int TIDY_ABOVE = 10_000;

	private final SignInThrottleSettings settings;

	private final Clock clock;

	private final Map<String, Failures> accounts = new ConcurrentHashMap<>();

	AccountLocks(SignInThrottleSettings settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
	}

	/** How long the account stays locked, if it is. */
	Optional<Duration> lockedFor(String account) {
		Failures failures = this.accounts.get(key(account));
		Instant now = this.clock.instant();
		return failures == null || failures.lockedUntil() == null || !failures.lockedUntil().isAfter(now)
				? Optional.empty() : Optional.of(Duration.between(now, failures.lockedUntil()));
	}

	/** Counts a failure; how long the account is now locked, if it is. */
	Optional<Duration> failed(String account) {
		if (this.accounts.size() > TIDY_ABOVE) {
			tidy();
		}
		Instant now = this.clock.instant();
		this.accounts.compute(key(account), (key, before) -> next(before, now));
		return lockedFor(account);
	}

	void succeeded(String account) {
		this.accounts.remove(key(account));
	}

	private Failures next(Failures before, Instant now) {
		boolean stale = before == null || before.last().plus(this.settings.forgetAfter()).isBefore(now);
		int count = stale ? 1 : before.count() + 1;
		int beyond = count - this.settings.freeFailures();
		if (beyond <= 0) {
			// a free failure locks nothing, even if the clock is later set back
			return new Failures(count, now, null);
		}
		Duration delay = this.settings.firstDelay().multipliedBy(1L << Math.min(beyond - 1, 30));
		Duration lock = delay.compareTo(this.settings.maxDelay()) > 0 ? this.settings.maxDelay() : delay;
		return new Failures(count, now, now.plus(lock));
	}

	private void tidy() {
		Instant now = this.clock.instant();
		this.accounts.values()
			.removeIf(failures -> failures.lockedUntil() == null
					? failures.last().plus(this.settings.forgetAfter()).isBefore(now)
					: !failures.lockedUntil().isAfter(now));
	}

	private static String key(String account) {
		return account == null ? "" : account.strip().toLowerCase(Locale.ROOT);
	}

	/** {@code lockedUntil} is {@code null} while the failures are free. */
	private record Failures(int count, Instant last, Instant lockedUntil) {
	}

}
