package org.candour.security;

import io.github.bucket4j.ConsumptionProbe;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.stereotype.Component;

/**
 * Limits what an anonymous client can make the API do with bearer tokens it rejects (bad,
 * expired, garbled): beyond {@code candour.security.rate-limit.capacity} rejected tokens
 * per {@code period} the answer is 429 instead of 401, and nothing more is logged. Valid
 * tokens and requests without one are never counted, so a client sharing an address with
 * a misbehaving one keeps working.
 */
@Component
class RejectedTokens {

	private static final String GROUP = "rejected-token";

	private final ClientBuckets buckets;

	private final Refusals refusals;

	RejectedTokens(ClientBuckets buckets, Refusals refusals) {
		this.buckets = buckets;
		this.refusals = refusals;
	}

	/** {@code refusal}, once a client has had its share of rejected tokens. */
	AuthenticationEntryPoint limit(AuthenticationEntryPoint refusal) {
		return (request, response, ex) -> {
			if (ex instanceof OAuth2AuthenticationException) {
				ConsumptionProbe probe = this.buckets.consume(GROUP, ClientAddress.of(request));
				if (!probe.isConsumed()) {
					RateLimitFilter.tooMany(this.refusals, request, response, probe);
					return;
				}
			}
			refusal.commence(request, response, ex);
		};
	}

}
