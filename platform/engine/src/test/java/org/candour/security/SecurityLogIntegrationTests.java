package org.candour.security;

import java.util.Map;
import java.util.Set;

import io.micrometer.core.instrument.MeterRegistry;
import org.candour.api.EndpointRoles;
import org.candour.support.Api;
import org.candour.support.CandourIntegrationTest;
import org.candour.support.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The security log records refused access, rejected tokens and role changes in the
 * tenant, readable by its administrators and auditors, and counts them.
 */
@CandourIntegrationTest
class SecurityLogIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	TestTokens tokens;

	@Autowired
	MeterRegistry meters;

	String tenant;

	@BeforeEach
	void tenant() {
		this.tenant = this.api.newTenant("pooled");
	}

	@Test
	void recordsAccessDeniedWithTenantUserAndPath() {
		String auditor = this.tokens.member("audrey", this.tenant, Set.of(EndpointRoles.AUDITOR), Set.of());
		assertThat(this.api.sendAs(auditor, "GET", "/api/tenants/" + this.tenant + "/members", null).status())
			.isEqualTo(403);
		JsonNode denied = this.api.sendAs(auditor, "GET", events() + "?type=access-denied", null).body();
		assertThat(denied.findValuesAsString("user")).contains("audrey");
		assertThat(denied.findValuesAsString("path")).contains("/api/tenants/" + this.tenant + "/members");
		assertThat(denied.findValuesAsString("tenant")).containsOnly(this.tenant);
		assertThat(
				this.meters.counter("candour.security.events", "type", "access-denied", "tenant", this.tenant).count())
			.isGreaterThanOrEqualTo(1);
	}

	@Test
	void recordsRejectedTokens() {
		Api.Response rejected = this.api.sendAs("not.a.token", "GET", "/api/tenants/" + this.tenant + "/cases", null);
		assertThat(rejected.status()).isEqualTo(401);
		JsonNode log = this.api.get(events() + "?type=token-rejected").body();
		assertThat(log.findValuesAsString("path")).contains("/api/tenants/" + this.tenant + "/cases");
	}

	@Test
	void recordsRoleChangesAndTheyTakeEffect() {
		String newcomer = this.tokens.user("nina");
		String cases = "/api/tenants/" + this.tenant + "/cases";
		assertThat(this.api.sendAs(newcomer, "GET", cases, null).status()).isEqualTo(403);
		Api.Response granted = this.api.put("/api/tenants/" + this.tenant + "/members/nina",
				Map.of("roles", java.util.List.of("OFFICER"), "orgUnits", java.util.List.of("housing")));
		assertThat(granted.status()).isEqualTo(200);
		assertThat(this.api.sendAs(newcomer, "GET", cases, null).status()).isEqualTo(200);
		assertThat(this.api.get("/api/tenants/" + this.tenant + "/members").body().findValuesAsString("user"))
			.contains("nina");
		assertThat(this.api.delete("/api/tenants/" + this.tenant + "/members/nina").status()).isEqualTo(204);
		assertThat(this.api.sendAs(newcomer, "GET", cases, null).status()).isEqualTo(403);
		assertThat(this.api.delete("/api/tenants/" + this.tenant + "/members/nina").status()).isEqualTo(404);

		JsonNode changes = this.api.get(events() + "?type=role-change&since=2026-01-01T00:00:00Z").body();
		assertThat(changes.findValuesAsString("detail"))
			.anyMatch(detail -> detail.contains("nina now has roles [OFFICER]"))
			.anyMatch(detail -> detail.contains("nina removed"));
		assertThat(changes.findValuesAsString("user")).contains(TestTokens.MEMBER);
	}

	@Test
	void refusesToGrantThePlatformRole() {
		Api.Response refused = this.api.put("/api/tenants/" + this.tenant + "/members/mallory",
				Map.of("roles", java.util.List.of("PLATFORM_ADMIN")));
		assertThat(refused.status()).isEqualTo(422);
	}

	@Test
	void keepsEachTenantsLogToItself() {
		String other = this.api.newTenant("pooled");
		this.api.put("/api/tenants/" + other + "/members/olga", Map.of("roles", java.util.List.of("AUDITOR")));
		assertThat(this.api.get(events()).body().findValuesAsString("detail"))
			.noneMatch(detail -> detail.contains("olga"));
	}

	private String events() {
		return "/api/tenants/" + this.tenant + "/security-events";
	}

}
