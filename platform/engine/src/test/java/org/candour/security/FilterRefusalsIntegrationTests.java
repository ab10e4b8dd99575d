package org.candour.security;

import java.util.Map;

import org.candour.support.Api;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Answers that filters write before any security chain runs — the rate limit's 429, an
 * unknown tenant's 404, a suspended tenant's 403 — carry the same security headers as
 * every other response, HSTS included behind a TLS proxy.
 */
@ProxiedIntegrationTest
class FilterRefusalsIntegrationTests {

	@Autowired
	Api api;

	@Test
	void anUnknownTenantsNotFoundCarriesTheSecurityHeaders() {
		Api.Response unknown = get("/t/no-such-tenant/feedback", "198.51.100.61", "http");
		assertThat(unknown.status()).isEqualTo(404);
		assertSecurityHeaders(unknown);
		assertThat(unknown.header("Strict-Transport-Security")).as("not over plain HTTP").isNull();
		Api.Response secure = get("/t/no-such-tenant/feedback", "198.51.100.61", "https");
		assertSecurityHeaders(secure);
		assertThat(secure.header("Strict-Transport-Security")).contains("max-age=");
	}

	@Test
	void aSuspendedTenantsRefusalCarriesTheSecurityHeaders() {
		String tenant = this.api.newTenant("pooled");
		assertThat(this.api.patch("/api/platform/tenants/" + tenant, Map.of("status", "suspended")).status())
			.isEqualTo(200);
		Api.Response suspended = get("/t/" + tenant + "/feedback", "198.51.100.62", "https");
		assertThat(suspended.status()).isEqualTo(403);
		assertSecurityHeaders(suspended);
		assertThat(suspended.header("Strict-Transport-Security")).contains("max-age=");
	}

	@Test
	void theRateLimitsTooManyRequestsCarriesTheSecurityHeaders() {
		String tenant = this.api.newTenant("pooled");
		Api.Response limited = null;
		for (int i = 0; i <= 60; i++) {
			limited = get("/t/" + tenant + "/track/anything", "198.51.100.63", "https");
		}
		assertThat(limited.status()).isEqualTo(429);
		assertSecurityHeaders(limited);
		assertThat(limited.header("Strict-Transport-Security")).contains("max-age=");
	}

	@Test
	void previewLinksCountWithTrackingLinksTowardsTheRateLimit() {
		String tenant = this.api.newTenant("pooled");
		for (int i = 0; i < 30; i++) {
			assertThat(get("/t/" + tenant + "/track/anything", "198.51.100.64", "https").status()).isNotEqualTo(429);
		}
		Api.Response limited = null;
		for (int i = 0; i <= 30; i++) {
			limited = get("/t/" + tenant + "/preview/anything", "198.51.100.64", "https");
		}
		assertThat(limited.status()).isEqualTo(429);
	}

	private Api.Response get(String path, String client, String protocol) {
		return this.api.send("GET", path, null, Map.of("X-Forwarded-For", client, "X-Forwarded-Proto", protocol), null);
	}

	private static void assertSecurityHeaders(Api.Response response) {
		assertThat(response.header("Content-Security-Policy")).isEqualTo(SecurityHeaders.CONTENT_SECURITY_POLICY);
		assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
		assertThat(response.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
	}

}
