package org.candour.security;

import java.time.Duration;
import java.util.Optional;

import org.candour.cases.CaseReference;
import org.candour.support.TestClock;
import org.candour.tenancy.CurrentTenant;
import org.candour.tenancy.TenantContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Residents asking for a new tracking link: 5 attempts per reference and 10 per client an
 * hour by default, given back as the application's clock moves on.
 */
class FindCaseLimitsTests {

	private final TestClock clock = new TestClock();

	private final FindCaseLimits limits = new FindCaseLimits(
			new ClientBuckets(new SecuritySettings(null, new SecuritySettings.EmbeddedAuthServer(null, null, null),
					new SecuritySettings.Bootstrap("cli", null),
					new SecuritySettings.PlatformAdmin(null, null, null, null),
					new SecuritySettings.RateLimit(60, Duration.ofMinutes(1))), Optional.of(this.clock)),
			new FindCaseSettings(5, 10, Duration.ofHours(1)));

	@Test
	void allowsFiveAttemptsForAReferenceFromAnyClientsThenSaysHowLongToWait() {
		for (int i = 1; i <= 5; i++) {
			assertThat(attempt("north", "198.51.100." + i, "CMP-2026-000001")).as("attempt %d", i).isEmpty();
		}
		Optional<Duration> refused = attempt("north", "198.51.100.6", "CMP-2026-000001");
		assertThat(refused)
			.hasValueSatisfying(wait -> assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(12)));
		assertThat(attempt("north", "198.51.100.6", "CMP-2026-000002")).as("another reference").isEmpty();
		assertThat(attempt("south", "198.51.100.6", "CMP-2026-000001")).as("another tenant's reference").isEmpty();

		this.clock.set("2026-11-18T10:12:00Z");
		assertThat(attempt("north", "198.51.100.7", "CMP-2026-000001")).as("an attempt given back").isEmpty();
		assertThat(attempt("north", "198.51.100.7", "CMP-2026-000001")).isPresent();
	}

	@Test
	void allowsTenAttemptsFromAClientWhateverTheReferenceAndTheRefusedOnesCostTheReferenceNothing() {
		for (int i = 1; i <= 10; i++) {
			assertThat(attempt("north", "203.0.113.9", "CMP-2026-00010" + i)).as("attempt %d", i).isEmpty();
		}
		for (int i = 0; i < 6; i++) {
			assertThat(attempt("north", "203.0.113.9", "CMP-2026-000200")).isPresent();
		}
		for (int i = 1; i <= 5; i++) {
			assertThat(attempt("north", "203.0.113.10", "CMP-2026-000200")).as("from another client %d", i).isEmpty();
		}
	}

	private Optional<Duration> attempt(String tenant, String client, String reference) {
		return TenantContext.callAs(CurrentTenant.pooled(tenant),
				() -> this.limits.attempt(client, new CaseReference(reference)));
	}

}
