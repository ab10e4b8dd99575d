package org.candour.security;

import java.net.http.HttpResponse;
import java.util.Map;

import org.candour.CandourApplication;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * As in Docker and Helm: no embedded authorization server, no demo users, no machine
 * client; only tenants' own providers are trusted.
 */
@SpringBootTest(classes = CandourApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "candour.mongodb.embedded.backend=memory", "candour.demo.enabled=false",
				"candour.security.embedded-auth-server.enabled=false" })
class EmbeddedAuthorizationServerOffIntegrationTests {

	@Autowired
	ApplicationContext context;

	@Value("${local.server.port}")
	int port;

	@Test
	void hasNoEmbeddedServerUsersOrClients() {
		assertThat(this.context.getBeanNamesForType(EmbeddedIssuer.class)).isEmpty();
		assertThat(this.context.getBeanNamesForType(RegisteredClientRepository.class)).isEmpty();
		assertThat(this.context.getBeanNamesForType(UserDetailsService.class)).isEmpty();
		assertThat(this.context.getBeanNamesForType(DemoUsers.class)).isEmpty();
	}

	@Test
	void issuesNoTokens() {
		HttpResponse<String> refused = new Browser("http://localhost:" + this.port).post("/oauth2/token", Map
			.of("grant_type", "client_credentials", "client_id", "candour-cli", "client_secret", "candour-cli-secret"));
		assertThat(refused.statusCode()).isNotEqualTo(200);
		assertThat(refused.body()).doesNotContain("access_token");
	}

	@Test
	void stillRefusesAnonymousApiCalls() {
		HttpResponse<String> refused = new Browser("http://localhost:" + this.port).get("/api/platform/tenants");
		assertThat(refused.statusCode()).isEqualTo(401);
	}

}
