package org.candour.security;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.candour.api.EndpointRoles;
import org.candour.support.Api;
import org.candour.support.CandourIntegrationTest;
import org.candour.support.CaseApi;
import org.candour.support.TestTenants;
import org.candour.support.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The county's adult social care complaints are marked sensitive: each read of one by an
 * officer is in the security log with who and which case; reading a compliment is not.
 */
@CandourIntegrationTest
class SensitiveCaseReadsIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	TestTenants testTenants;

	@Autowired
	TestTokens tokens;

	String tenant;

	CaseApi cases;

	@BeforeEach
	void tenant() {
		this.tenant = this.testTenants.withShippedPack("sensitive", "county-council");
		this.cases = new CaseApi(this.api, this.tenant);
	}

	@Test
	void readingASensitiveCaseIsInTheSecurityLogAndReadingAnotherIsNot() {
		String care = this.cases.logged(Map.of("feedbackType", "asc-complaint", "channel", "phone", "data",
				Map.of("name", "Pat Jones", "onBehalfOf", false, "service", "adult-care-assessment", "summary",
						"Care assessment delayed", "details", "My care needs assessment has been postponed twice.")))
			.path("reference")
			.asString();
		String compliment = this.cases
			.logged(Map.of("feedbackType", "compliment", "channel", "web", "data",
					Map.of("service", "libraries-registration", "summary", "Helpful library staff", "details",
							"The staff helped me.", "publicationPermission", "yes-anonymous")))
			.path("reference")
			.asString();
		String officer = this.tokens.member("j.officer", this.tenant, Set.of(EndpointRoles.OFFICER), Set.of());

		assertThat(this.api.sendAs(officer, "GET", this.cases.base() + "/" + care, null).status()).isEqualTo(200);
		assertThat(this.api.sendAs(officer, "GET", this.cases.base() + "/" + compliment, null).status()).isEqualTo(200);

		List<String> reads = this.api.get("/api/tenants/" + this.tenant + "/security-events?type=sensitive-case-read")
			.body()
			.findValuesAsString("detail");
		assertThat(reads).containsExactly("read case " + care + " (asc-complaint, sensitive)");
		assertThat(this.api.get("/api/tenants/" + this.tenant + "/security-events?type=sensitive-case-read")
			.body()
			.findValuesAsString("user")).containsExactly("j.officer");
	}

}
