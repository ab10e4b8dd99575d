package org.candour.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.candour.support.Api;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Metrics name every tenant, so only the scraper reads them: the actuator endpoints but
 * health need the scrape credential; health stays public and says only UP or DOWN.
 */
@ProxiedIntegrationTest
class ManagementEndpointsIntegrationTests {

	@Autowired
	Api api;

	@Test
	void refusesMetricsToAnonymousCallersAndWrongCredentials() {
		for (String path : new String[] { "/actuator/prometheus", "/actuator/metrics", "/actuator/info",
				"/actuator" }) {
			Api.Response anonymous = this.api.send("GET", path, null, Map.of(), null);
			assertThat(anonymous.status()).as(path).isEqualTo(401);
			assertThat(anonymous.header("WWW-Authenticate")).startsWith("Basic");
			assertThat(scrape(path, "metrics", "wrong").status()).as(path).isEqualTo(401);
			assertThat(scrape(path, "someone", ProxiedIntegrationTest.SCRAPE_PASSWORD).status()).as(path)
				.isEqualTo(401);
		}
	}

	@Test
	void servesMetricsToTheScraper() {
		Api.Response prometheus = scrape("/actuator/prometheus", "metrics", ProxiedIntegrationTest.SCRAPE_PASSWORD);
		assertThat(prometheus.status()).isEqualTo(200);
		assertThat(prometheus.body().asString()).contains("jvm_memory_used_bytes");
		assertThat(scrape("/actuator/metrics", "metrics", ProxiedIntegrationTest.SCRAPE_PASSWORD).status())
			.isEqualTo(200);
	}

	@Test
	void keepsHealthPublicWithoutDetails() {
		for (String path : new String[] { "/actuator/health", "/actuator/health/liveness",
				"/actuator/health/readiness" }) {
			Api.Response health = this.api.send("GET", path, null, Map.of(), null);
			assertThat(health.status()).as(path).isEqualTo(200);
			assertThat(health.body().path("status").asString()).isEqualTo("UP");
			assertThat(health.body().has("components")).isFalse();
			assertThat(health.body().has("details")).isFalse();
		}
	}

	private Api.Response scrape(String path, String user, String password) {
		String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
		return this.api.send("GET", path, null, Map.of("Authorization", "Basic " + basic), null);
	}

}
