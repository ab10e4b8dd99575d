package org.candour.notifications;

import java.util.List;
import java.util.Set;

import org.candour.api.EndpointRoles;
import org.candour.support.Api;
import org.candour.support.CandourIntegrationTest;
import org.candour.support.TestClock;
import org.candour.support.TestTenants;
import org.candour.support.TestTokens;
import org.candour.tenancy.TenantContext;
import org.candour.tenancy.TenantManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff read a case's notifications without the resident's tracking link (which would let
 * them act as the resident), and without the resident's address unless their role may see
 * contact details. No mail server: the acknowledgement waits, rendered, in the outbox.
 */
@CandourIntegrationTest
class NotificationMaskingIntegrationTests {

	private static final String ADDRESS = "alex@example.org";

	@Autowired
	Api api;

	@Autowired
	TestTenants testTenants;

	@Autowired
	TestClock clock;

	@Autowired
	TestTokens tokens;

	@Autowired
	Outbox outbox;

	@Autowired
	TenantManagement tenants;

	String tenant;

	String reference;

	@BeforeEach
	void caseWithAnAcknowledgement() {
		this.clock.set("2026-11-18T10:00:00Z");
		this.tenant = NotificationFixtures.bilingualTenant(this.testTenants);
		Api.Response logged = this.api.post(cases(), NotificationFixtures.complaint(ADDRESS));
		assertThat(logged.status()).isEqualTo(201);
		this.reference = logged.body().path("reference").asString();
	}

	@Test
	void anAuditorSeesNeitherTheTrackingLinkNorTheResidentsAddress() {
		JsonNode listed = listedAs(EndpointRoles.AUDITOR);
		assertThat(listed.get(0).path("to").isNull()).isTrue();
		assertThat(listed.get(0).path("recipient").asString()).isEqualTo("complainant");
		assertThat(listed.get(0).path("body").asString()).contains("Follow your complaint: tracking link (hidden)");
		assertThat(listed.toString()).doesNotContain(ADDRESS, "/track/", residentsToken());
	}

	@Test
	void aTenantAdministratorSeesNeitherTheTrackingLinkNorTheResidentsAddress() {
		JsonNode listed = listedAs(EndpointRoles.TENANT_ADMIN);
		assertThat(listed.get(0).path("to").isNull()).isTrue();
		assertThat(listed.toString()).doesNotContain(ADDRESS, "/track/", residentsToken())
			.contains("tracking link (hidden)");
	}

	@Test
	void anOfficerSeesTheAddressButNotTheTrackingLink() {
		JsonNode listed = listedAs(EndpointRoles.OFFICER);
		assertThat(listed.get(0).path("to").asString()).isEqualTo(ADDRESS);
		assertThat(listed.toString()).doesNotContain("/track/", residentsToken()).contains("tracking link (hidden)");
	}

	@Test
	void anAuditorCannotWithdrawACaseThroughTheTrackingLink() {
		String token = residentsToken();
		String seen = this.api
			.sendAs(this.tokens.member("audrey", this.tenant, Set.of(EndpointRoles.AUDITOR), Set.of()), "GET",
					cases() + "/" + this.reference + "/notifications", null)
			.body()
			.toString();
		assertThat(seen).as("no link, so nothing to withdraw the case with").doesNotContain(token, "/track/");
	}

	private JsonNode listedAs(String role) {
		Api.Response response = this.api.sendAs(
				this.tokens.member(role.toLowerCase() + "-user", this.tenant, Set.of(role), Set.of()), "GET",
				cases() + "/" + this.reference + "/notifications", null);
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body().size()).isEqualTo(1);
		return response.body();
	}

	/** The token of the tracking link the resident was sent. */
	private String residentsToken() {
		List<Notification> queued = TenantContext.callAs(this.tenants.get(this.tenant).asCurrent(),
				() -> this.outbox.ofCase(this.reference));
		String link = queued.get(0).personalisation().get("trackingLink");
		assertThat(link).contains("/track/");
		assertThat(queued.get(0).body()).contains(link);
		return link.substring(link.lastIndexOf('/') + 1);
	}

	private String cases() {
		return "/api/tenants/" + this.tenant + "/cases";
	}

}
