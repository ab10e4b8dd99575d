package org.candour.security;

import java.net.ConnectException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;

import org.candour.support.Api;
import org.candour.support.CandourIntegrationTest;
import org.candour.tenancy.TenantContext;
import org.candour.tenancy.TenantManagement;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The embedded authorization server of the self-contained run: the machine client gets
 * platform-admin tokens with client credentials, demo users sign in with authorization
 * code + PKCE, only access tokens act on the API, and the server listens on loopback
 * only.
 */
@CandourIntegrationTest
class EmbeddedAuthorizationServerIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	TenantManagement tenants;

	@Autowired
	Memberships memberships;

	@Value("${local.server.port}")
	int port;

	@Test
	void givesTheCliClientAPlatformAdminTokenThatListsTenants() throws Exception {
		HttpResponse<String> issued = token("candour-cli", "candour-cli-secret");
		assertThat(issued.statusCode()).as(issued.body()).isEqualTo(200);
		String token = Api.json(issued.body()).path("access_token").asString();
		JsonNode claims = Api.json(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1])));
		assertThat(claims.path("iss").asString()).isEqualTo("http://localhost:" + this.port);
		assertThat(claims.path("candour_platform_admin").asBoolean()).isTrue();

		this.api.newTenant("pooled");
		Api.Response listed = this.api.sendAs(token, "GET", "/api/platform/tenants", null);
		assertThat(listed.status()).isEqualTo(200);
		assertThat(listed.body().findValuesAsString("id")).isNotEmpty();
	}

	@Test
	void letsThePlatformAdministratorAppointANewTenantsFirstAdministrator() throws Exception {
		String token = Api.json(token("candour-cli", "candour-cli-secret").body()).path("access_token").asString();
		String tenant = this.api.newTenant("pooled");
		String draft = "/api/tenants/" + tenant + "/config/draft";
		assertThat(this.api.sendAs(token, "GET", draft, null).status()).as("no tenant role yet").isEqualTo(403);
		Api.Response appointed = this.api.sendAs(token, "PUT", "/api/tenants/" + tenant + "/members/candour-cli",
				Map.of("roles", java.util.List.of("TENANT_ADMIN")));
		assertThat(appointed.status()).isEqualTo(200);
		assertThat(this.api.sendAs(token, "GET", draft, null).status()).isEqualTo(200);
	}

	@Test
	void refusesAWrongClientSecret() throws Exception {
		assertThat(token("candour-cli", "guessed").statusCode()).isEqualTo(401);
	}

	@Test
	void givesDemoUsersTheirRoleInEachDemoTenantWhenItIsCreated() {
		String tenant = demoCounty();
		var officer = TenantContext.callAs(this.tenants.get(tenant).asCurrent(),
				() -> this.memberships.find("officer@demo-county"));
		assertThat(officer).hasValueSatisfying(member -> assertThat(member.roles()).containsExactly("OFFICER"));
	}

	@Test
	void signsADemoUserInWithAuthorizationCodeAndPkce() {
		demoCounty();
		Browser browser = new Browser("http://localhost:" + this.port);
		HttpResponse<String> entry = browser.get("/t/demo-county/login");
		assertThat(Browser.location(entry)).endsWith("/oauth2/authorization/candour");

		HttpResponse<String> toServer = browser.follow(entry);
		String authorize = Browser.location(toServer);
		assertThat(authorize).startsWith("http://localhost:" + this.port + "/oauth2/authorize?")
			.contains("client_id=candour-web", "code_challenge=", "code_challenge_method=S256", "response_type=code");

		HttpResponse<String> toLogin = browser.get(authorize);
		assertThat(Browser.location(toLogin)).endsWith("/login");
		HttpResponse<String> loginPage = browser.follow(toLogin);
		assertThat(loginPage.statusCode()).isEqualTo(200);

		String anonymousSession = browser.cookie("JSESSIONID");
		HttpResponse<String> signedIn = browser.post("/login", Map.of("username", "officer@demo-county", "password",
				"demo-password", "_csrf", Browser.csrf(loginPage)));
		assertThat(browser.cookie("JSESSIONID")).as("session fixation protection")
			.isNotBlank()
			.isNotEqualTo(anonymousSession);
		HttpResponse<String> codeIssued = browser.get(Browser.location(signedIn));
		String callback = Browser.location(codeIssued);
		assertThat(callback).contains("/login/oauth2/code/candour?code=");

		HttpResponse<String> done = browser.get(callback);
		assertThat(done.statusCode()).as(done.body()).isEqualTo(302);
		assertThat(Browser.location(done)).as("an officer lands on the tenant's queues")
			.endsWith("/t/demo-county/work");
	}

	@Test
	void refusesItsIdTokensAsBearerTokens() throws Exception {
		demoCounty();
		String redirect = "http://localhost:" + this.port + "/login/oauth2/code/candour";
		String verifier = "a-code-verifier-of-the-test-that-is-long-enough-0123456789";
		String challenge = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
		Browser browser = new Browser("http://localhost:" + this.port);
		String authorize = "/oauth2/authorize?response_type=code&client_id=candour-web&scope=openid%20profile&state=s1"
				+ "&redirect_uri=" + URLEncoder.encode(redirect, StandardCharsets.UTF_8) + "&code_challenge="
				+ challenge + "&code_challenge_method=S256";
		HttpResponse<String> loginPage = browser.follow(browser.get(authorize));
		HttpResponse<String> signedIn = browser.post("/login", Map.of("username", "officer@demo-county", "password",
				"demo-password", "_csrf", Browser.csrf(loginPage)));
		String callback = Browser.location(browser.get(Browser.location(signedIn)));
		assertThat(callback).startsWith(redirect + "?code=");
		String code = URLDecoder.decode(callback.replaceAll(".*[?&]code=([^&]+).*", "$1"), StandardCharsets.UTF_8);
		HttpResponse<String> tokens = browser.post("/oauth2/token", Map.of("grant_type", "authorization_code", "code",
				code, "redirect_uri", redirect, "client_id", "candour-web", "code_verifier", verifier));
		assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
		JsonNode issued = Api.json(tokens.body());

		String cases = "/api/tenants/demo-county/cases";
		assertThat(this.api.sendAs(issued.path("access_token").asString(), "GET", cases, null).status()).isEqualTo(200);
		Api.Response refused = this.api.sendAs(issued.path("id_token").asString(), "GET", cases, null);
		assertThat(refused.status()).isEqualTo(401);
		assertThat(refused.header("WWW-Authenticate")).startsWith("Bearer");
	}

	@Test
	void listensOnLoopbackOnly() throws Exception {
		try (Socket loopback = new Socket("127.0.0.1", this.port)) {
			assertThat(loopback.isConnected()).isTrue();
		}
		InetAddress outside = NetworkInterface.networkInterfaces()
			.flatMap(NetworkInterface::inetAddresses)
			.filter(address -> !address.isLoopbackAddress() && !address.isLinkLocalAddress())
			.findFirst()
			.orElse(null);
		assumeThat(outside).as("a network address besides loopback").isNotNull();
		assertThatExceptionOfType(ConnectException.class).isThrownBy(() -> new Socket(outside, this.port).close());
	}

	@Test
	void refusesAWrongDemoPassword() {
		Browser browser = new Browser("http://localhost:" + this.port);
		HttpResponse<String> loginPage = browser.get("/login");
		HttpResponse<String> refused = browser.post("/login",
				Map.of("username", "officer@demo-county", "password", "wrong", "_csrf", Browser.csrf(loginPage)));
		assertThat(Browser.location(refused)).endsWith("/login?error");
	}

	private String demoCounty() {
		if (this.tenants.find("demo-county").isEmpty()) {
			this.api.post("/api/platform/tenants", Map.of("id", "demo-county", "name", "Demo County Council", "kind",
					"council", "division", "england-and-wales"));
		}
		return "demo-county";
	}

	private HttpResponse<String> token(String client, String secret) throws Exception {
		String basic = Base64.getEncoder().encodeToString((client + ":" + secret).getBytes(StandardCharsets.UTF_8));
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/oauth2/token"))
				.header("Authorization", "Basic " + basic)
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

}
