package org.candour.privacy;

import java.util.Map;
import java.util.Set;

import org.candour.api.EndpointRoles;
import org.candour.support.Api;
import org.candour.support.CandourIntegrationTest;
import org.candour.support.CaseApi;
import org.candour.support.TestClock;
import org.candour.support.TestTenants;
import org.candour.support.TestTokens;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A data protection officer (the platform role {@code DATA_PROTECTION}, the base pack's
 * role {@code data-protection-officer}) answers a subject access request, puts a case on
 * legal hold, reads what the next disposal run would do and erases a person, but reads no
 * case through the casework API and changes no configuration.
 */
@CandourIntegrationTest
class DataProtectionOfficerIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	TestTenants testTenants;

	@Autowired
	TestTokens tokens;

	@Autowired
	TestClock clock;

	@Test
	void aDataProtectionOfficerHandlesThePersonsDataButNotTheirCaseOrTheConfiguration() {
		this.clock.set("2024-06-10T10:00:00Z");
		String tenant = this.testTenants.withShippedPack("dpo", "county-council");
		String base = "/api/tenants/" + tenant;
		String compliment = SubjectAccessIntegrationTests.compliment(new CaseApi(this.api, tenant),
				SubjectAccessIntegrationTests.EMAIL, SubjectAccessIntegrationTests.DETAILS);
		String dpo = this.tokens.member("dora", tenant, Set.of(EndpointRoles.DATA_PROTECTION), Set.of());

		Api.Response found = this.api.sendAs(dpo, "GET",
				base + "/subject-access?email=" + SubjectAccessIntegrationTests.EMAIL, null);
		assertThat(found.status()).as(found.body().toString()).isEqualTo(200);
		assertThat(found.body().path("cases").findValuesAsString("reference")).containsExactly(compliment);
		String person = found.body().path("people").get(0).path("id").asString();
		assertThat(this.api
			.sendAs(dpo, "PUT", base + "/cases/" + compliment + "/legal-hold",
					Map.of("held", true, "reason", "Information Commissioner complaint"))
			.status()).isEqualTo(200);
		assertThat(this.api.sendAs(dpo, "GET", base + "/retention/due", null).status()).isEqualTo(200);
		assertThat(this.api.sendAs(dpo, "GET", base + "/subject-access/log", null).status()).isEqualTo(200);
		Api.Response erased = this.api.sendAs(dpo, "POST", base + "/people/" + person + "/erasure",
				Map.of("reason", "Erasure request of 10 June 2024"));
		assertThat(erased.status()).as(erased.body().toString()).isEqualTo(200);
		assertThat(erased.body().path("kept").findValuesAsString("reference")).containsExactly(compliment);

		assertThat(this.api.sendAs(dpo, "GET", base + "/cases/" + compliment, null).status()).as("no casework")
			.isEqualTo(403);
		assertThat(this.api.sendAs(dpo, "POST", base + "/retention/runs", Map.of()).status())
			.as("disposal runs stay with tenant administrators")
			.isEqualTo(403);
	}

}
