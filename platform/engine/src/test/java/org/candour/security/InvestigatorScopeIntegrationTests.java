package org.candour.security;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.candour.api.EndpointRoles;
import org.candour.support.Api;
import org.candour.support.CandourIntegrationTest;
import org.candour.support.ConfigFixtures;
import org.candour.support.TestTenants;
import org.candour.support.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An investigator (a service-side officer) sees and acts on the cases of their org units
 * only; an officer sees every case of the tenant.
 */
@CandourIntegrationTest
class InvestigatorScopeIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	TestTenants testTenants;

	@Autowired
	TestTokens tokens;

	String tenant;

	String adultCare;

	String housing;

	@BeforeEach
	void twoDirectoratesWithACaseEach() {
		List<ObjectNode> documents = ConfigFixtures.documents("minimal");
		for (ObjectNode document : documents) {
			if ("org-structure".equals(document.path("kind").asString())) {
				ArrayNode units = (ArrayNode) document.path("spec").path("units");
				units.addObject()
					.put("id", "housing")
					.put("name", "Housing")
					.put("type", "directorate")
					.put("effectiveFrom", "2024-04-01");
			}
		}
		this.tenant = this.testTenants.withConfiguration("two directorates", documents);
		this.adultCare = log("adult-care");
		this.housing = log("housing");
	}

	@Test
	void listsAndCountsOnlyTheCasesOfTheInvestigatorsOrgUnits() {
		String investigator = investigator();
		Api.Response listed = this.api.sendAs(investigator, "GET", base() + "/cases", null);
		assertThat(listed.body().path("content").findValuesAsString("reference")).containsExactly(this.housing);
		Api.Response searched = this.api.sendAs(investigator, "GET", base() + "/cases?q=broken", null);
		assertThat(searched.body().path("content").findValuesAsString("reference")).containsExactly(this.housing);
		Api.Response counts = this.api.sendAs(investigator, "GET", base() + "/cases/counts", null);
		assertThat(counts.body().path("allOpen").asInt()).isEqualTo(1);
	}

	@Test
	void cannotReachAnotherOrgUnitsCaseByItsAddress() {
		String investigator = investigator();
		assertThat(this.api.sendAs(investigator, "GET", base() + "/cases/" + this.housing, null).status())
			.isEqualTo(200);
		assertThat(this.api.sendAs(investigator, "GET", base() + "/cases/" + this.adultCare, null).status())
			.isEqualTo(404);
		assertThat(
				this.api.sendAs(investigator, "GET", base() + "/cases/" + this.adultCare + "/history", null).status())
			.isEqualTo(404);
		assertThat(this.api
			.sendAs(investigator, "POST", base() + "/cases/" + this.adultCare + "/actions/close",
					Map.of("inputs", Map.of()))
			.status()).isEqualTo(404);
	}

	@Test
	void takesOnlyTheActionsItsRolesAllow() {
		Api.Response refused = this.api.sendAs(investigator(), "POST",
				base() + "/cases/" + this.housing + "/actions/close", Map.of("inputs", Map.of()));
		assertThat(refused.status()).as("close is an OFFICER action").isEqualTo(403);
	}

	@Test
	void anOfficerSeesEveryCase() {
		String officer = this.tokens.member("olive", this.tenant, Set.of(EndpointRoles.OFFICER), Set.of("housing"));
		Api.Response listed = this.api.sendAs(officer, "GET", base() + "/cases", null);
		assertThat(listed.body().path("content").findValuesAsString("reference"))
			.containsExactlyInAnyOrder(this.housing, this.adultCare);
		assertThat(this.api
			.sendAs(officer, "POST", base() + "/cases/" + this.adultCare + "/actions/close", Map.of("inputs", Map.of()))
			.status()).isEqualTo(200);
	}

	private String investigator() {
		return this.tokens.member("ivy", this.tenant, Set.of(EndpointRoles.INVESTIGATOR), Set.of("housing"));
	}

	private String log(String orgUnit) {
		Api.Response logged = this.api.post(base() + "/cases", Map.of("feedbackType", "complaint", "orgUnit", orgUnit,
				"data", Map.of("summary", "Something broken in " + orgUnit)));
		assertThat(logged.status()).as(logged.body().toString()).isEqualTo(201);
		return logged.body().path("reference").asString();
	}

	private String base() {
		return "/api/tenants/" + this.tenant;
	}

}
