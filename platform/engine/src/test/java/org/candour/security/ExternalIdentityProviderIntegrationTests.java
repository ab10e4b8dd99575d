package org.candour.security;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.candour.support.Api;
import org.candour.support.CandourIntegrationTest;
import org.candour.support.ConfigFixtures;
import org.candour.support.TestTenants;
import org.candour.support.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A tenant signs in with its own identity provider (played by mock-oauth2-server): its
 * access tokens for the tenant's audience act in that tenant with the roles their groups
 * map to, and nowhere else.
 */
@CandourIntegrationTest
class ExternalIdentityProviderIntegrationTests {

	static final MockOAuth2Server PROVIDER = new MockOAuth2Server();

	static final String AUDIENCE = "candour-api";

	@Autowired
	Api api;

	@Autowired
	TestTokens tokens;

	@Autowired
	TestTenants testTenants;

	@Value("${local.server.port}")
	int port;

	String tenant;

	String other;

	String issuer;

	@BeforeAll
	static void startProvider() {
		PROVIDER.start();
	}

	@AfterAll
	static void stopProvider() {
		PROVIDER.shutdown();
	}

	@BeforeEach
	void tenants() {
		this.tenant = this.api.newTenant("pooled");
		this.other = this.api.newTenant("pooled");
		this.issuer = PROVIDER.issuerUrl(this.tenant).toString();
		Api.Response configured = this.api.patch("/api/platform/tenants/" + this.tenant,
				Map.of("identityProvider", provider(this.issuer, AUDIENCE)));
		assertThat(configured.status()).as(configured.body().toString()).isEqualTo(200);
		assertThat(configured.body().path("identityProvider").path("issuerUri").asString()).isEqualTo(this.issuer);
	}

	@Test
	void actsInItsTenantWithTheRolesItsGroupsMapTo() {
		String token = officer(this.tenant);
		assertThat(this.api.sendAs(token, "GET", "/api/tenants/" + this.tenant + "/cases", null).status())
			.isEqualTo(200);
		assertThat(this.api.sendAs(token, "GET", "/api/tenants/" + this.tenant + "/config/draft", null).status())
			.as("an officer is no tenant admin")
			.isEqualTo(403);
	}

	@Test
	void recordsTheEmailClaimOfAMemberWhoSignsInAsTheirStaffAddress() {
		String token = PROVIDER.issueToken(this.tenant, "candour",
				new DefaultOAuth2TokenCallback(this.tenant, "jane", "JWT", List.of(AUDIENCE),
						Map.of("groups", List.of("complaints-officers"), "email", "jane.officer@example.org"), 3600))
			.serialize();

		assertThat(this.api.sendAs(token, "GET", "/api/tenants/" + this.tenant + "/cases", null).status())
			.isEqualTo(200);

		JsonNode members = this.api.get("/api/tenants/" + this.tenant + "/members").body();
		assertThat(members).anySatisfy(member -> {
			assertThat(member.path("user").asString()).isEqualTo("jane");
			assertThat(member.path("issuer").asString()).isEqualTo(this.issuer);
			assertThat(member.path("email").asString()).isEqualTo("jane.officer@example.org");
			assertThat(member.path("roles")).as("her roles still come from her groups").isEmpty();
		});
		assertThat(
				this.api.sendAs(officer(this.tenant), "GET", "/api/tenants/" + this.tenant + "/cases", null).status())
			.as("a token without the claim leaves the address as it is")
			.isEqualTo(200);
		assertThat(this.api.get("/api/tenants/" + this.tenant + "/members").body().findValuesAsString("email"))
			.contains("jane.officer@example.org");
	}

	@Test
	void isRefusedInAnotherTenant() {
		String token = officer(this.tenant);
		assertThat(this.api.sendAs(token, "GET", "/api/tenants/" + this.other + "/cases", null).status())
			.isEqualTo(403);
		assertThat(this.api.sendAs(token, "GET", "/api/platform/tenants", null).status()).isEqualTo(403);
	}

	@Test
	void refusesTheEmbeddedIssuersTokenWithoutMembership() {
		String stranger = this.tokens.user("stranger@elsewhere");
		assertThat(this.api.sendAs(stranger, "GET", "/api/tenants/" + this.tenant + "/cases", null).status())
			.isEqualTo(403);
	}

	@Test
	void refusesTokensOfIssuersNoTenantTrusts() {
		String rogue = PROVIDER
			.issueToken("rogue", "candour",
					new DefaultOAuth2TokenCallback("rogue", "mallory", "JWT", List.of("candour"),
							Map.of("groups", List.of("complaints-officers")), 3600))
			.serialize();
		Api.Response refused = this.api.sendAs(rogue, "GET", "/api/tenants/" + this.tenant + "/cases", null);
		assertThat(refused.status()).isEqualTo(401);
		assertThat(refused.header("WWW-Authenticate")).startsWith("Bearer");
	}

	@Test
	void givesTheRoleDocumentsThatClaimItsGroupsWithTheirLimits() {
		List<ObjectNode> documents = ConfigFixtures.documents("minimal");
		documents.add(documents.get(0).deepCopy().put("id", "compliment"));
		ObjectNode role = documents.get(0).objectNode().put("kind", "role").put("id", "complaints-only");
		role.put("title", "Complaints officer — complaints only");
		ObjectNode spec = role.putObject("spec").put("baseRole", "OFFICER");
		spec.putObject("limits").putArray("feedbackTypes").add("complaint");
		spec.putArray("groupClaims").add("SG-Complaints-Only");
		documents.add(role);
		String claims = this.testTenants.withConfiguration("group claims", documents);
		assertThat(this.api
			.patch("/api/platform/tenants/" + claims,
					Map.of("identityProvider", provider(PROVIDER.issuerUrl(claims).toString(), AUDIENCE)))
			.status()).isEqualTo(200);
		String complaint = log(claims, "complaint");
		log(claims, "compliment");

		String token = token(claims, "gail", List.of("SG-Complaints-Only"));
		Api.Response listed = this.api.sendAs(token, "GET", "/api/tenants/" + claims + "/cases", null);
		assertThat(listed.status()).isEqualTo(200);
		assertThat(listed.body().path("content").findValuesAsString("reference")).containsExactly(complaint);
	}

	private String log(String tenant, String feedbackType) {
		Api.Response logged = this.api.post("/api/tenants/" + tenant + "/cases",
				Map.of("feedbackType", feedbackType, "data", Map.of("summary", "Something broken")));
		assertThat(logged.status()).as(logged.body().toString()).isEqualTo(201);
		return logged.body().path("reference").asString();
	}

	@Test
	void givesNoRoleForUnmappedGroups() {
		String token = token(this.tenant, "bob", List.of("someone-else"));
		assertThat(this.api.sendAs(token, "GET", "/api/tenants/" + this.tenant + "/cases", null).status())
			.isEqualTo(403);
	}

	@Test
	void stopsTrustingTheProviderWhenTheTenantDropsIt() {
		String token = officer(this.tenant);
		Api.Response removed = this.api.send("PATCH", "/api/platform/tenants/" + this.tenant,
				"{\"identityProvider\": null}", Map.of());
		assertThat(removed.status()).isEqualTo(200);
		assertThat(removed.body().has("identityProvider")).isFalse();
		assertThat(this.api.sendAs(token, "GET", "/api/tenants/" + this.tenant + "/cases", null).status()).isIn(401,
				403);
	}

	@Test
	void refusesAClientSecretThatIsNotAnEnvironmentVariableName() {
		Api.Response refused = this.api.patch("/api/platform/tenants/" + this.tenant,
				Map.of("identityProvider", Map.of("issuerUri", this.issuer, "clientId", "candour", "audience", AUDIENCE,
						"clientSecretEnv", "spring.mongodb.uri")));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.body().path("errors").findValuesAsString("pointer"))
			.contains("/identityProvider/clientSecretEnv");
	}

	@Test
	void refusesAnIdentityProviderWithoutAnAudience() {
		Api.Response refused = this.api.patch("/api/platform/tenants/" + this.tenant,
				Map.of("identityProvider", Map.of("issuerUri", this.issuer, "clientId", "candour")));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.body().path("errors").findValuesAsString("pointer")).contains("/identityProvider/audience");
	}

	@Test
	void refusesATokenForAnotherAudience() {
		String elsewhere = PROVIDER
			.issueToken(this.tenant, "payroll",
					new DefaultOAuth2TokenCallback(this.tenant, "jane", "JWT", List.of("payroll"),
							Map.of("groups", List.of("complaints-officers")), 3600))
			.serialize();
		assertThat(this.api.sendAs(elsewhere, "GET", "/api/tenants/" + this.tenant + "/cases", null).status())
			.isEqualTo(401);
	}

	@Test
	void refusesAnIdTokenOfTheTenantsProvider() {
		String idToken = PROVIDER
			.issueToken(this.tenant, "candour",
					new DefaultOAuth2TokenCallback(this.tenant, "jane", "JWT", List.of(AUDIENCE),
							Map.of("groups", List.of("complaints-officers"), "nonce", "n-0S6_WzA2Mj"), 3600))
			.serialize();
		assertThat(this.api.sendAs(idToken, "GET", "/api/tenants/" + this.tenant + "/cases", null).status())
			.isEqualTo(401);
	}

	@Test
	void refusesASecondTenantOnTheSameIssuerWithTheSameAudience() {
		Api.Response refused = this.api.patch("/api/platform/tenants/" + this.other,
				Map.of("identityProvider", provider(this.issuer, AUDIENCE)));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.body().path("errors").findValuesAsString("pointer")).contains("/identityProvider/audience");
		assertThat(this.api.get("/api/platform/tenants/" + this.other).body().has("identityProvider")).isFalse();
	}

	@Test
	void twoTenantsOnOneIssuerDoNotAcceptEachOthersUsers() {
		Api.Response configured = this.api.patch("/api/platform/tenants/" + this.other,
				Map.of("identityProvider", provider(this.issuer, "candour-other")));
		assertThat(configured.status()).as(configured.body().toString()).isEqualTo(200);
		String ours = officer(this.tenant);
		String theirs = token(this.tenant, "jane", List.of("complaints-officers"), "candour-other");
		assertThat(this.api.sendAs(ours, "GET", "/api/tenants/" + this.tenant + "/cases", null).status())
			.isEqualTo(200);
		assertThat(this.api.sendAs(theirs, "GET", "/api/tenants/" + this.other + "/cases", null).status())
			.isEqualTo(200);
		assertThat(this.api.sendAs(ours, "GET", "/api/tenants/" + this.other + "/cases", null).status()).isEqualTo(403);
		assertThat(this.api.sendAs(theirs, "GET", "/api/tenants/" + this.tenant + "/cases", null).status())
			.isEqualTo(403);
	}

	@Test
	void keepsMembershipsPerIssuer() {
		this.tokens.member("jane", this.tenant, java.util.Set.of("TENANT_ADMIN"), java.util.Set.of());
		String draft = "/api/tenants/" + this.tenant + "/config/draft";
		String providersJane = officer(this.tenant);
		assertThat(this.api.sendAs(providersJane, "GET", draft, null).status())
			.as("the embedded server's jane is someone else")
			.isEqualTo(403);

		Api.Response appointed = this.api.put("/api/tenants/" + this.tenant + "/members/jane",
				Map.of("roles", List.of("TENANT_ADMIN")));
		assertThat(appointed.status()).as(appointed.body().toString()).isEqualTo(200);
		assertThat(appointed.body().path("issuer").asString()).isEqualTo(this.issuer);
		assertThat(this.api.sendAs(providersJane, "GET", draft, null).status()).isEqualTo(200);
		assertThat(this.api.get("/api/tenants/" + this.tenant + "/members").body().findValuesAsString("user"))
			.filteredOn("jane"::equals)
			.hasSize(2);
	}

	@Test
	void refusesAMembershipOfAnIssuerTheTenantDoesNotTrust() {
		Api.Response refused = this.api.put("/api/tenants/" + this.tenant + "/members/jane",
				Map.of("issuer", PROVIDER.issuerUrl(this.other).toString(), "roles", List.of("OFFICER")));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.body().path("errors").findValuesAsString("pointer")).contains("/issuer");
	}

	@Test
	void signsTheTenantsPeopleInAtItsProviderWithPkce() {
		Browser browser = new Browser("http://localhost:" + this.port);
		HttpResponse<String> entry = browser.get("/t/" + this.tenant + "/login");
		assertThat(Browser.location(entry)).endsWith("/oauth2/authorization/tenant-" + this.tenant);
		String authorize = Browser.location(browser.follow(entry));
		assertThat(authorize).startsWith(PROVIDER.authorizationEndpointUrl(this.tenant).toString())
			.contains("client_id=candour", "code_challenge=", "code_challenge_method=S256");

		PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback(this.tenant, "jane", "JWT", List.of("candour"),
				Map.of("groups", List.of("complaints-officers")), 3600));
		String callback = Browser.location(browser.get(authorize));
		assertThat(callback).startsWith("http://localhost:" + this.port + "/login/oauth2/code/tenant-" + this.tenant);
		HttpResponse<String> signedIn = browser.get(callback);
		assertThat(Browser.location(signedIn)).as(signedIn.body()).doesNotContain("error");
		Api.Response log = this.api.get("/api/tenants/" + this.tenant + "/security-events?type=sign-in");
		assertThat(log.body().findValuesAsString("user")).contains("jane");
	}

	private String officer(String tenant) {
		return token(tenant, "jane", List.of("complaints-officers"));
	}

	private static String token(String issuerId, String subject, List<String> groups) {
		return token(issuerId, subject, groups, AUDIENCE);
	}

	private static String token(String issuerId, String subject, List<String> groups, String audience) {
		return PROVIDER
			.issueToken(issuerId, "candour",
					new DefaultOAuth2TokenCallback(issuerId, subject, "JWT", List.of(audience),
							Map.of("groups", groups), 3600))
			.serialize();
	}

	private static Map<String, Object> provider(String issuer, String audience) {
		return Map.of("issuerUri", issuer, "clientId", "candour", "audience", audience, "groupMappings",
				List.of(Map.of("group", "complaints-officers", "roles", List.of("OFFICER"))));
	}

}
