package org.candour.notifications;

import java.util.Map;
import java.util.Set;

import org.candour.api.EndpointRoles;
import org.candour.demo.synthetic.SyntheticCases;
import org.candour.support.Api;
import org.candour.support.CandourIntegrationTest;
import org.candour.support.TestTenants;
import org.candour.support.TestTokens;
import org.candour.tenancy.CurrentTenant;
import org.candour.tenancy.TenantContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A tenant's notification settings through the API, and notifications on a platform with
 * no mail server (the default run): they wait, the case does not notice.
 */
@CandourIntegrationTest
class NotificationSettingsIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	TestTenants testTenants;

	@Autowired
	TestTokens tokens;

	@Autowired
	SyntheticCases synthetic;

	@Autowired
	MongoTemplate mongo;

	String tenant;

	@BeforeEach
	void tenant() {
		this.tenant = this.testTenants.withConfiguration("chc-two-stage");
	}

	@Test
	void withoutSettingsATenantSendsBySmtpFromItsOwnNoReplyAddress() {
		JsonNode settings = this.api.get(settingsPath()).body();
		assertThat(settings.path("provider").asString()).isEqualTo("smtp");
		assertThat(settings.path("fromAddress").asString()).isEqualTo("no-reply@" + this.tenant + ".candour.local");
		assertThat(settings.path("problem").asString()).contains("no mail server is configured");
	}

	@Test
	void refusesBadSettingsNamingEachProblemAndKeepsTheOldOnes() {
		Api.Response saved = this.api.put(settingsPath(),
				Map.of("provider", "smtp", "fromAddress", "complaints@north-shire.gov.uk"));
		assertThat(saved.status()).as(saved.body().toString()).isEqualTo(200);

		Api.Response refused = this.api.put(settingsPath(), Map.of("provider", "pigeon", "fromAddress",
				"not an address", "notifyApiKeyReference", "my-secret-key", "colour", "blue"));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.body().path("errors").findValuesAsString("pointer")).contains("/provider", "/fromAddress",
				"/notifyApiKeyReference");
		Api.Response noKey = this.api.put(settingsPath(), Map.of("provider", "notify"));
		assertThat(noKey.status()).isEqualTo(422);
		assertThat(noKey.body().path("errors").findValuesAsString("pointer")).contains("/notifyApiKeyReference");

		JsonNode kept = this.api.get(settingsPath()).body();
		assertThat(kept.path("provider").asString()).isEqualTo("smtp");
		assertThat(kept.path("fromAddress").asString()).isEqualTo("complaints@north-shire.gov.uk");
		assertThat(kept.path("updatedBy").asString()).isEqualTo(TestTokens.MEMBER);
	}

	@Test
	void saysWhenTheNotifyKeyItNamesIsNotSet() {
		Api.Response saved = this.api.put(settingsPath(), Map.of("provider", "notify", "notifyApiKeyReference",
				"CANDOUR_NOTIFY_NOT_SET_ANYWHERE", "replyTo", "complaints@north-shire.gov.uk"));
		assertThat(saved.status()).as(saved.body().toString()).isEqualTo(200);
		assertThat(saved.body().path("problem").asString()).contains("CANDOUR_NOTIFY_NOT_SET_ANYWHERE is not set");
		assertThat(saved.body().path("replyTo").asString()).isEqualTo("complaints@north-shire.gov.uk");
	}

	@Test
	void onlyTenantAdministratorsSeeOrChangeTheSettings() {
		String officer = this.tokens.member("an-officer", this.tenant, Set.of(EndpointRoles.OFFICER), Set.of());
		String admin = this.tokens.member("an-admin", this.tenant, Set.of(EndpointRoles.TENANT_ADMIN), Set.of());
		assertThat(this.api.sendAs(officer, "GET", settingsPath(), null).status()).isEqualTo(403);
		assertThat(this.api.sendAs(officer, "PUT", settingsPath(), Map.of("provider", "smtp")).status()).isEqualTo(403);
		assertThat(this.api.sendAs(admin, "PUT", settingsPath(), Map.of("provider", "smtp")).status()).isEqualTo(200);
	}

	@Test
	void withNoMailServerTheAcknowledgementWaitsAndTheCaseIsLogged() {
		Api.Response logged = this.api.post("/api/tenants/" + this.tenant + "/cases",
				NotificationFixtures.complaint("wait@example.org"));
		assertThat(logged.status()).isEqualTo(201);
		String reference = logged.body().path("reference").asString();

		String auditor = this.tokens.member("an-auditor", this.tenant, Set.of(EndpointRoles.AUDITOR), Set.of());
		Api.Response listed = this.api.sendAs(auditor, "GET",
				"/api/tenants/" + this.tenant + "/cases/" + reference + "/notifications", null);
		assertThat(listed.status()).isEqualTo(200);
		assertThat(listed.body()).hasSize(1);
		JsonNode acknowledgement = listed.body().get(0);
		assertThat(acknowledgement.path("status").asString()).isEqualTo("pending");
		assertThat(acknowledgement.path("attempts").asInt()).isZero();
		assertThat(acknowledgement.path("problem").asString()).contains("no mail server is configured");
		assertThat(acknowledgement.path("subject").asString())
			.isEqualTo("We have received your complaint " + reference);
		assertThat(this.api.get("/api/tenants/" + this.tenant + "/cases/NOPE-1/notifications").status()).isEqualTo(404);
	}

	@Test
	void syntheticDemoCasesAreNeverNotified() {
		int created = TenantContext.callAs(CurrentTenant.pooled(this.tenant), () -> this.synthetic.generate(10, 7));
		assertThat(created).isPositive();
		long queued = TenantContext.callAs(CurrentTenant.pooled(this.tenant),
				() -> this.mongo.getCollection(NotificationCollections.OUTBOX).countDocuments());
		assertThat(queued).isZero();
	}

	private String settingsPath() {
		return "/api/tenants/" + this.tenant + "/notification-settings";
	}

}
