package org.candour.security;

import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.Map;

import org.candour.support.Api;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A CSRF token of the right shape whose bytes do not unmask to text is a wrong token:
 * refused with 403 — a page for browsers, a problem document otherwise — never a server
 * error.
 */
@ProxiedIntegrationTest
class TamperedCsrfTokenIntegrationTests {

	@Autowired
	Api api;

	@Value("${local.server.port}")
	int port;

	@Test
	void aTamperedFormIsRefusedWith403NotAServerError() {
		Browser browser = new Browser("http://localhost:" + this.port, Map.of("X-Forwarded-For", "203.0.113.41"));
		HttpResponse<String> page = browser.get("/login");
		String tampered = tampered(Browser.csrf(page));
		HttpResponse<String> signOut = browser.post("/logout", Map.of("_csrf", tampered));
		assertThat(signOut.statusCode()).isEqualTo(403);
		// the GOV.UK page itself needs the web layer: ErrorResponsesIntegrationTests
		// (server)
		HttpResponse<String> signIn = browser.post("/login",
				Map.of("_csrf", tampered, "username", "officer@demo-county", "password", "anything"));
		assertThat(signIn.statusCode()).isEqualTo(403);
	}

	@Test
	void aTamperedPostFromAScriptGetsAProblemDocument() {
		String tenant = this.api.newTenant("pooled");
		Api.Response refused = this.api.send("POST", "/t/" + tenant + "/feedback/complaint/page/1",
				"_csrf=" + tampered(null),
				Map.of("Content-Type", "application/x-www-form-urlencoded", "X-Forwarded-For", "203.0.113.42"), null);
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
	}

	/**
	 * A masked token of the length Spring Security sends (mask and masked UUID, 36 bytes
	 * each) that unmasks to bytes 0xFF, which are not UTF-8: from a real token, its mask
	 * kept.
	 */
	private static String tampered(String token) {
		byte[] bytes = token == null ? new byte[72] : Base64.getUrlDecoder().decode(token);
		assertThat(bytes).hasSize(72);
		for (int i = 0; i < 36; i++) {
			bytes[36 + i] = (byte) (bytes[i] ^ 0xFF);
		}
		return Base64.getUrlEncoder().encodeToString(bytes);
	}

}
