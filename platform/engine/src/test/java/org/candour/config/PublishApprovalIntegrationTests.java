package org.candour.config;

import java.util.Map;
import java.util.Set;

import org.candour.support.Api;
import org.candour.support.CandourIntegrationTest;
import org.candour.support.TestTenants;
import org.candour.support.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two-person rule: a second tenant administrator approves what another asked to
 * publish, exactly as it was asked for.
 */
@CandourIntegrationTest
class PublishApprovalIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	TestTokens tokens;

	@Autowired
	TestTenants testTenants;

	String tenant;

	String alice;

	String bob;

	@BeforeEach
	void tenantWithTwoAdministrators() {
		this.tenant = this.testTenants.withConfiguration("chc-two-stage");
		this.alice = this.tokens.member("alice", this.tenant, Set.of("TENANT_ADMIN"), Set.of());
		this.bob = this.tokens.member("bob", this.tenant, Set.of("TENANT_ADMIN"), Set.of());
	}

	@Test
	void withoutTheRuleAnAdministratorPublishesAlone() {
		changeTheDraftTitle("Complaint (first stage)");
		Api.Response published = as(this.alice, "POST", "/publish", Map.of("comment", "New title"));
		assertThat(published.status()).isEqualTo(201);
		assertThat(versions()).isEqualTo(2);
	}

	@Test
	void underTheRuleAPublicationWaitsForASecondAdministrator() {
		assertThat(as(this.alice, "PUT", "/approval/rule", Map.of("required", true)).status()).isEqualTo(200);
		changeTheDraftTitle("Complaint (first stage)");

		Api.Response asked = as(this.alice, "POST", "/publish", Map.of("comment", "New title"));
		assertThat(asked.status()).isEqualTo(202);
		assertThat(asked.body().path("requestedBy").asString()).isEqualTo("alice");
		assertThat(versions()).as("nothing is live yet").isEqualTo(1);
		assertThat(as(this.alice, "POST", "/versions/1/rollback", Map.of()).status()).isEqualTo(422);

		Api.Response selfApproved = as(this.alice, "POST", "/approval/approve", null);
		assertThat(selfApproved.status()).isEqualTo(403);
		assertThat(versions()).isEqualTo(1);

		Api.Response approved = as(this.bob, "POST", "/approval/approve", null);
		assertThat(approved.status()).as(approved.body().toString()).isEqualTo(201);
		JsonNode version = this.api.get(config() + "/versions/2").body();
		assertThat(version.path("comment").asString()).isEqualTo("New title (asked for by alice, approved by bob)");
		assertThat(version.path("publishedBy").asString()).isEqualTo("bob");
		assertThat(as(this.bob, "GET", "/approval", null).body().path("pending").isNull()).isTrue();
	}

	@Test
	void aDraftChangedAfterThePublicationWasAskedForIsNotApproved() {
		as(this.alice, "PUT", "/approval/rule", Map.of("required", true));
		changeTheDraftTitle("Complaint (first stage)");
		as(this.alice, "POST", "/publish", Map.of());
		changeTheDraftTitle("Complaint (stage one)");

		Api.Response approved = as(this.bob, "POST", "/approval/approve", null);
		assertThat(approved.status()).isEqualTo(409);
		assertThat(versions()).isEqualTo(1);
	}

	@Test
	void onlyAPlatformAdministratorTurnsTheRuleOff() {
		as(this.alice, "PUT", "/approval/rule", Map.of("required", true));
		assertThat(as(this.bob, "PUT", "/approval/rule", Map.of("required", false)).status()).isEqualTo(403);
		assertThat(as(this.bob, "PUT", "/approval/rule", Map.of("required", "no")).status()).isEqualTo(400);
		Api.Response off = as(this.tokens.platformAdmin(), "PUT", "/approval/rule", Map.of("required", false));
		assertThat(off.status()).isEqualTo(200);
		assertThat(off.body().path("required").asBoolean()).isFalse();
	}

	private void changeTheDraftTitle(String title) {
		JsonNode type = this.api.get(config() + "/draft/feedback-type/complaint-stage-1").body();
		((tools.jackson.databind.node.ObjectNode) type).put("title", title);
		assertThat(as(this.alice, "PUT", "/draft/feedback-type/complaint-stage-1", type).status()).isEqualTo(200);
	}

	private int versions() {
		return this.api.get(config() + "/versions").body().size();
	}

	private Api.Response as(String token, String method, String path, Object body) {
		return this.api.sendAs(token, method, config() + path, body);
	}

	private String config() {
		return "/api/tenants/" + this.tenant + "/config";
	}

}
