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
 * A member holding a custom role (a base role limited to feedback types) sees and acts on
 * the cases of those feedback types only, through lists, search, counts, reads and
 * actions; several roles combine as a union; a role that does not exist cannot be given.
 */
@CandourIntegrationTest
class CustomRoleScopeIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	TestTenants testTenants;

	@Autowired
	TestTokens tokens;

	String tenant;

	String complaint;

	String compliment;

	String housingCompliment;

	@BeforeEach
	void complaintsAndComplimentsWithAComplaintsOnlyRole() {
		List<ObjectNode> documents = ConfigFixtures.documents("minimal");
		ObjectNode compliment = null;
		for (ObjectNode document : documents) {
			if ("feedback-type".equals(document.path("kind").asString())) {
				compliment = document.deepCopy().put("id", "compliment");
			}
			if ("workflow".equals(document.path("kind").asString())) {
				ObjectNode allocate = ((ArrayNode) document.path("spec").path("transitions")).addObject()
					.put("action", "allocate")
					.put("label", "Allocate")
					.put("to", "new");
				allocate.putArray("from").add("new");
				allocate.putArray("roles").add(EndpointRoles.OFFICER);
				ObjectNode inputs = allocate.putObject("inputs").put("type", "object");
				inputs.putArray("required").add("officer");
				inputs.putObject("properties").putObject("officer").put("type", "string").put("minLength", 1);
				allocate.putArray("effects")
					.addObject()
					.put("type", "assign")
					.put("to", "officer")
					.put("source", "/inputs/officer");
			}
			if ("org-structure".equals(document.path("kind").asString())) {
				((ArrayNode) document.path("spec").path("units")).addObject()
					.put("id", "housing")
					.put("name", "Housing")
					.put("type", "directorate")
					.put("effectiveFrom", "2024-04-01");
			}
		}
		documents.add(compliment);
		ObjectNode role = documents.get(0).objectNode();
		role.put("kind", "role").put("id", "complaints-officer").put("title", "Complaints officer — complaints only");
		ObjectNode spec = role.putObject("spec").put("baseRole", EndpointRoles.OFFICER);
		spec.putObject("limits").putArray("feedbackTypes").add("complaint");
		documents.add(role);
		this.tenant = this.testTenants.withConfiguration("complaints and compliments", documents);
		this.complaint = log("complaint", "adult-care");
		this.compliment = log("compliment", "adult-care");
		this.housingCompliment = log("compliment", "housing");
	}

	@Test
	void listsSearchesAndCountsOnlyTheCasesOfTheRolesFeedbackTypes() {
		String officer = limitedOfficer();
		assertThat(references(this.api.sendAs(officer, "GET", base() + "/cases", null)))
			.containsExactly(this.complaint);
		assertThat(references(this.api.sendAs(officer, "GET", base() + "/cases?q=broken", null)))
			.containsExactly(this.complaint);
		assertThat(this.api.sendAs(officer, "GET", base() + "/cases/counts", null).body().path("allOpen").asInt())
			.isEqualTo(1);
	}

	@Test
	void cannotReadOrActOnACaseOfAnotherFeedbackType() {
		String officer = limitedOfficer();
		assertThat(this.api.sendAs(officer, "GET", base() + "/cases/" + this.complaint, null).status()).isEqualTo(200);
		assertThat(this.api.sendAs(officer, "GET", base() + "/cases/" + this.compliment, null).status()).isEqualTo(404);
		assertThat(this.api.sendAs(officer, "GET", base() + "/cases/" + this.compliment + "/history", null).status())
			.isEqualTo(404);
		assertThat(this.api
			.sendAs(officer, "POST", base() + "/cases/" + this.compliment + "/actions/close",
					Map.of("inputs", Map.of()))
			.status()).isEqualTo(404);
		assertThat(this.api
			.sendAs(officer, "POST", base() + "/cases/" + this.complaint + "/actions/close", Map.of("inputs", Map.of()))
			.status()).as("the base role's capabilities within the limits").isEqualTo(200);
	}

	@Test
	void cannotLinkACaseOfAnotherFeedbackTypeNorLinkToOne() {
		String officer = limitedOfficer();
		assertThat(this.api
			.sendAs(officer, "POST", base() + "/cases/" + this.compliment + "/links",
					Map.of("relation", "related", "reference", this.complaint))
			.status()).isEqualTo(404);
		Api.Response toHidden = this.api.sendAs(officer, "POST", base() + "/cases/" + this.complaint + "/links",
				Map.of("relation", "related", "reference", this.compliment));
		assertThat(toHidden.status()).as("as if the other case did not exist").isEqualTo(422);
		assertThat(toHidden.body().toString()).contains("link.target-missing").doesNotContain("Something broken");
		assertThat(this.api
			.sendAs(officer, "POST", base() + "/cases/" + this.complaint + "/links",
					Map.of("relation", "related", "reference", this.complaint))
			.status()).isEqualTo(422);
	}

	@Test
	void severalRolesCombineAsAUnion() {
		String both = this.tokens.member("bea", this.tenant, Set.of("complaints-officer", EndpointRoles.INVESTIGATOR),
				Set.of("housing"));
		assertThat(references(this.api.sendAs(both, "GET", base() + "/cases", null)))
			.containsExactlyInAnyOrder(this.complaint, this.housingCompliment);
		String unlimited = this.tokens.member("una", this.tenant, Set.of("complaints-officer", EndpointRoles.OFFICER),
				Set.of());
		assertThat(references(this.api.sendAs(unlimited, "GET", base() + "/cases", null)))
			.containsExactlyInAnyOrder(this.complaint, this.compliment, this.housingCompliment);
	}

	@Test
	void aCaseIsGivenOnlyToAnOfficerWhoseRolesLetThemSeeIt() {
		assertThat(this.api
			.sendAs(this.tokens.memberOf(this.tenant), "PUT", base() + "/members/carla",
					Map.of("roles", List.of("complaints-officer")))
			.status()).isEqualTo(200);
		Api.Response refused = this.api.post(base() + "/cases/" + this.compliment + "/actions/allocate",
				Map.of("inputs", Map.of("officer", "carla")));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.body().toString()).contains("/inputs/officer", "assign.officer-out-of-reach");
		assertThat(this.api.get(base() + "/cases/" + this.compliment).body().path("officer").isNull())
			.as("nothing changed")
			.isTrue();

		assertThat(this.api
			.post(base() + "/cases/" + this.complaint + "/actions/allocate",
					Map.of("inputs", Map.of("officer", "carla")))
			.status()).isEqualTo(200);
		assertThat(this.api
			.post(base() + "/cases/" + this.compliment + "/actions/allocate",
					Map.of("inputs", Map.of("officer", "someone-from-the-old-system")))
			.status()).as("a person who is not a member is not checked").isEqualTo(200);
	}

	@Test
	void refusesARoleThatDoesNotExistPointingAtIt() {
		Api.Response refused = this.api.sendAs(this.tokens.memberOf(this.tenant), "PUT", base() + "/members/newcomer",
				Map.of("roles", List.of(EndpointRoles.OFFICER, "childrens-officer")));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.body().toString()).contains("/roles/1").doesNotContain("/roles/0");
		Api.Response given = this.api.sendAs(this.tokens.memberOf(this.tenant), "PUT", base() + "/members/newcomer",
				Map.of("roles", List.of("complaints-officer")));
		assertThat(given.status()).isEqualTo(200);
		assertThat(given.body().path("roles").get(0).asString()).isEqualTo("complaints-officer");
	}

	private String limitedOfficer() {
		return this.tokens.member("carla", this.tenant, Set.of("complaints-officer"), Set.of());
	}

	private static List<String> references(Api.Response listed) {
		return listed.body().path("content").findValuesAsString("reference");
	}

	private String log(String feedbackType, String orgUnit) {
		Api.Response logged = this.api.post(base() + "/cases", Map.of("feedbackType", feedbackType, "orgUnit", orgUnit,
				"data", Map.of("summary", "Something broken in " + orgUnit)));
		assertThat(logged.status()).as(logged.body().toString()).isEqualTo(201);
		return logged.body().path("reference").asString();
	}

	private String base() {
		return "/api/tenants/" + this.tenant;
	}

}
