package org.candour.security;

import java.time.Duration;

import org.candour.support.TestClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Locks counted on the application clock, which tests and operators may set back. */
class AccountLocksTests {

	private final TestClock clock = new TestClock();

	private final AccountLocks locks = new AccountLocks(
			new SignInThrottleSettings(3, Duration.ofSeconds(2), Duration.ofMinutes(15), Duration.ofHours(24)),
			this.clock);

	@Test
	void aFreeFailureLocksNothingEvenWhenTheClockIsSetBack() {
		this.clock.set("2026-11-17T10:00:00Z");
		assertThat(this.locks.failed("officer@demo-county")).isEmpty();

		this.clock.set("2026-11-04T10:00:00Z");

		assertThat(this.locks.lockedFor("officer@demo-county")).isEmpty();
	}

	@Test
	void theFourthFailureLocksTheAccountForTwoSeconds() {
		this.clock.set("2026-11-17T10:00:00Z");
		for (int i = 0; i < 3; i++) {
			assertThat(this.locks.failed("Officer@demo-county ")).isEmpty();
		}

		assertThat(this.locks.failed("officer@demo-county")).contains(Duration.ofSeconds(2));
		this.clock.set("2026-11-17T10:00:02Z");
		assertThat(this.locks.lockedFor("officer@demo-county")).isEmpty();
	}

}
