package org.candour.security;

import java.time.Duration;
import java.util.Optional;

import io.github.bucket4j.ConsumptionProbe;
import org.candour.cases.CaseReference;
import org.candour.tenancy.TenantContext;

import org.springframework.stereotype.Component;

/**
 * The limits on residents asking for a new tracking link ({@link FindCaseSettings}): per
 * client and per case reference of the current tenant, in the anonymous endpoints' token
 * buckets ({@link ClientBuckets}), refilled by the application's clock. An attempt the
 * client's limit refuses costs the reference nothing.
 */
@Component
public class FindCaseLimits {

	private final ClientBuckets buckets;

	private final FindCaseSettings settings;

	FindCaseLimits(ClientBuckets buckets, FindCaseSettings settings) {
		this.buckets = buckets;
		this.settings = settings;
	}

	/**
	 * Takes one attempt of {@code client} for {@code reference}: empty when it is
	 * allowed, else how long until the next one would be.
	 */
	public Optional<Duration> attempt(String client, CaseReference reference) {
		ConsumptionProbe byClient = this.buckets.consume("find-case-client", client, this.settings.perClient(),
				this.settings.period());
		if (!byClient.isConsumed()) {
			return Optional.of(wait(byClient));
		}
		ConsumptionProbe byReference = this.buckets.consume("find-case-reference",
				TenantContext.require().value() + "|" + reference.value(), this.settings.perReference(),
				this.settings.period());
		return byReference.isConsumed() ? Optional.empty() : Optional.of(wait(byReference));
	}

	private static Duration wait(ConsumptionProbe probe) {
		return Duration.ofNanos(probe.getNanosToWaitForRefill());
	}

}
