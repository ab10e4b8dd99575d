package org.candour.security;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.candour.support.Api;
import org.candour.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A flood of refusals does not flood the security log: repeated rejected tokens and
 * refused form posts of one client are one stored event per window of the application
 * clock, with a count, and long paths are cut.
 */
@ProxiedIntegrationTest
class SecurityLogFloodIntegrationTests {

	private static final String LONG = "x".repeat(3_000);

	@Autowired
	Api api;

	@Autowired
	TestClock clock;

	String tenant;

	@BeforeEach
	void tenant() {
		this.tenant = this.api.newTenant("pooled");
	}

	@Test
	void twoThousandRejectedTokensAreOneCountedEventPerClient() {
		for (int client = 1; client <= 40; client++) {
			for (int i = 0; i < 50; i++) {
				assertThat(rejected("198.51.100." + client, "/api/tenants/" + this.tenant + "/cases/CMP-" + i + LONG))
					.isEqualTo(401);
			}
		}
		List<JsonNode> stored = events("token-rejected");
		assertThat(stored).hasSize(40);
		assertThat(stored.stream().mapToLong(event -> event.path("count").asLong()).sum()).isEqualTo(2_000);
		assertThat(stored).allSatisfy(event -> {
			assertThat(event.path("count").asLong()).isEqualTo(50);
			assertThat(event.path("client").asString()).startsWith("198.51.100.");
			assertThat(event.path("path").asString()).startsWith("/api/tenants/" + this.tenant + "/cases/CMP-0x")
				.hasSizeLessThanOrEqualTo(200);
		});
	}

	@Test
	void anonymousFormPostsWithoutTheirCsrfTokenAreCountedPerClientWithCutPaths() {
		for (int client = 1; client <= 10; client++) {
			for (int i = 0; i < 50; i++) {
				Api.Response refused = this.api.send("POST", "/t/" + this.tenant + "/cases/" + i + LONG, "a=b", Map
					.of("X-Forwarded-For", "198.51.100." + client, "Content-Type", "application/x-www-form-urlencoded"),
						null);
				assertThat(refused.status()).isEqualTo(403);
			}
		}
		List<JsonNode> stored = events("access-denied");
		assertThat(stored).hasSize(10);
		assertThat(stored).allSatisfy(event -> {
			assertThat(event.path("count").asLong()).isEqualTo(50);
			assertThat(event.path("user").asString()).isEqualTo("anonymous");
			assertThat(event.path("path").asString()).hasSizeLessThanOrEqualTo(200).endsWith("…");
		});
	}

	@Test
	void theNextWindowOfTheApplicationClockStartsANewEvent() {
		String client = "198.51.100.200";
		for (int i = 0; i < 3; i++) {
			rejected(client, "/api/tenants/" + this.tenant + "/cases");
		}
		this.clock.set(this.clock.instant().plus(Duration.ofMinutes(5)).toString());
		rejected(client, "/api/tenants/" + this.tenant + "/cases");
		assertThat(events("token-rejected")).extracting(event -> event.path("count").asLong()).containsExactly(1L, 3L);
	}

	private int rejected(String client, String path) {
		return this.api.send("GET", path, null, Map.of("X-Forwarded-For", client), "not.a.token").status();
	}

	private List<JsonNode> events(String type) {
		JsonNode events = this.api.get("/api/tenants/" + this.tenant + "/security-events?type=" + type).body();
		return StreamSupport.stream(events.spliterator(), false).toList();
	}

}
