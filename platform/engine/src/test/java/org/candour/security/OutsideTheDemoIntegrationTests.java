package org.candour.security;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.ServerVersion;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.candour.CandourApplication;
import org.candour.support.Api;
import org.candour.support.SignInPageStandIn;
import org.candour.support.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Production-like: a MongoDB URI (a MongoDB-compatible server of the test's own), the
 * embedded authorization server switched on with the operator's secret, and a platform
 * identity provider (played by mock-oauth2-server). None of the public demo credentials
 * work; the platform provider's group makes platform administrators.
 */
@SpringBootTest(classes = CandourApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "candour.security.embedded-auth-server.enabled=true",
				"candour.security.bootstrap.client-secret=" + OutsideTheDemoIntegrationTests.SECRET,
				"candour.security.platform-admin.audience=candour-platform",
				"candour.security.platform-admin.value=candour-platform-admins",
				"candour.integrity.key=an-integrity-key-of-at-least-32-characters" })
@Import({ Api.class, TestTokens.class, SignInPageStandIn.class })
class OutsideTheDemoIntegrationTests {

	static final String SECRET = "an-operator-secret-of-32-characters";

	static final MongoServer MONGO = new MongoServer(new MemoryBackend().version(ServerVersion.MONGO_5_0));

	static final MockOAuth2Server PROVIDER = new MockOAuth2Server();

	static {
		MONGO.bind("127.0.0.1", 0);
		PROVIDER.start();
	}

	@Autowired
	Api api;

	@Value("${local.server.port}")
	int port;

	@DynamicPropertySource
	static void outsideTheDemo(DynamicPropertyRegistry registry) {
		registry.add("candour.mongodb.uri", () -> "mongodb://127.0.0.1:" + MONGO.getLocalAddress().getPort());
		registry.add("candour.security.platform-admin.issuer", () -> PROVIDER.issuerUrl("platform").toString());
	}

	@AfterAll
	static void stopProvider() {
		PROVIDER.shutdown();
	}

	@Test
	void refusesThePublicDemoMachineSecret() {
		HttpResponse<String> refused = browser().post("/oauth2/token", Map.of("grant_type", "client_credentials",
				"client_id", "candour-cli", "client_secret", EmbeddedAccounts.DEMO_CLIENT_SECRET));
		assertThat(refused.statusCode()).isEqualTo(401);
		assertThat(refused.body()).doesNotContain("access_token");
	}

	@Test
	void givesTheMachineClientWithTheOperatorsSecretAPlatformAdminToken() {
		HttpResponse<String> issued = browser().post("/oauth2/token",
				Map.of("grant_type", "client_credentials", "client_id", "candour-cli", "client_secret", SECRET));
		assertThat(issued.statusCode()).as(issued.body()).isEqualTo(200);
		String token = Api.json(issued.body()).path("access_token").asString();
		assertThat(this.api.sendAs(token, "GET", "/api/platform/tenants", null).status()).isEqualTo(200);
	}

	@Test
	void hasNoDemoUsers() {
		for (String user : List.of(DemoAccounts.PLATFORM_ADMIN, "officer@demo-county")) {
			Browser browser = browser();
			HttpResponse<String> loginPage = browser.get("/login");
			HttpResponse<String> refused = browser.post("/login", Map.of("username", user, "password",
					EmbeddedAccounts.DEMO_PASSWORD, "_csrf", Browser.csrf(loginPage)));
			assertThat(Browser.location(refused)).as(user).endsWith("/login?error");
		}
	}

	@Test
	void sendsNoOneToTheEmbeddedServersSignIn() {
		String tenant = this.api.newTenant("pooled");
		assertThat(browser().get("/t/" + tenant + "/login").statusCode()).isEqualTo(404);
	}

	@Test
	void makesTheGroupOfThePlatformProviderPlatformAdministrators() {
		String token = platformToken(List.of("candour-platform"), List.of("candour-platform-admins"));
		assertThat(this.api.sendAs(token, "GET", "/api/platform/tenants", null).status()).isEqualTo(200);
	}

	@Test
	void givesNothingToThePlatformProvidersOtherPeople() {
		String token = platformToken(List.of("candour-platform"), List.of("staff"));
		assertThat(this.api.sendAs(token, "GET", "/api/platform/tenants", null).status()).isEqualTo(403);
	}

	@Test
	void refusesThePlatformProvidersTokensForAnotherAudience() {
		String token = platformToken(List.of("payroll"), List.of("candour-platform-admins"));
		assertThat(this.api.sendAs(token, "GET", "/api/platform/tenants", null).status()).isEqualTo(401);
	}

	private Browser browser() {
		return new Browser("http://localhost:" + this.port);
	}

	private static String platformToken(List<String> audience, List<String> groups) {
		return PROVIDER
			.issueToken("platform", "ops",
					new DefaultOAuth2TokenCallback("platform", "olu", "JWT", audience, Map.of("groups", groups), 3600))
			.serialize();
	}

}
