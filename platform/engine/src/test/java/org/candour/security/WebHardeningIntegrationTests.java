package org.candour.security;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.candour.support.Api;
import org.candour.support.CandourIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

/** CSRF, security headers, session cookies, logout and rate limits. */
@CandourIntegrationTest
class WebHardeningIntegrationTests {

	@Autowired
	Api api;

	@Value("${local.server.port}")
	int port;

	@Test
	void refusesAFormPostWithoutItsCsrfToken() {
		Browser browser = browser();
		browser.get("/login");
		HttpResponse<String> refused = browser.post("/logout", Map.of());
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.headers().firstValue("Content-Type")).as("a page, since the browser asked for one")
			.hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
	}

	@Test
	void endsTheSessionOnLogout() {
		Browser browser = browser();
		HttpResponse<String> page = browser.get("/login");
		String session = cookie(page, "JSESSIONID");
		HttpResponse<String> loggedOut = browser.post("/logout", Map.of("_csrf", Browser.csrf(page)));
		assertThat(loggedOut.statusCode()).isEqualTo(302);
		assertThat(Browser.location(loggedOut)).endsWith("/");
		assertThat(loggedOut.headers().allValues("Set-Cookie"))
			.anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID=;").contains("Expires=Thu, 01 Jan 1970"));
		assertThat(session).isNotBlank();
	}

	@Test
	void keepsTheSessionCookieFromScriptsAndOtherSites() {
		HttpResponse<String> page = browser().get("/login");
		String setCookie = page.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(cookie -> cookie.startsWith("JSESSIONID="))
			.findFirst()
			.orElseThrow();
		assertThat(setCookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax").doesNotContain("Secure");
	}

	@Test
	void sendsSecurityHeadersOnPagesAndTheApi() {
		for (HttpResponse<String> response : List.of(browser().get("/"), browser().get("/login"),
				browser().get("/api/platform/tenants"))) {
			assertThat(response.headers().firstValue("Content-Security-Policy"))
				.hasValue(SecurityHeaders.CONTENT_SECURITY_POLICY);
			assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
			assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
			assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
			assertThat(response.headers().firstValue("Strict-Transport-Security")).as("not over plain HTTP").isEmpty();
		}
	}

	@Test
	void limitsAnonymousRequestsPerClientWith429AndRetryAfter() {
		String tenant = this.api.newTenant("pooled");
		Browser browser = browser();
		for (int i = 0; i < 60; i++) {
			assertThat(browser.get("/t/" + tenant + "/track/anything").statusCode()).isNotEqualTo(429);
		}
		HttpResponse<String> limited = browser.get("/t/" + tenant + "/track/anything");
		assertThat(limited.statusCode()).isEqualTo(429);
		assertThat(limited.headers().firstValue("Retry-After"))
			.hasValueSatisfying(seconds -> assertThat(Integer.parseInt(seconds)).isBetween(1, 60));
		assertThat(Api.json(limited.body()).path("status").asInt()).isEqualTo(429);
		assertThat(browser.get("/t/" + tenant + "/feedback/anything").statusCode()).as("another group")
			.isNotEqualTo(429);
	}

	private Browser browser() {
		return new Browser("http://localhost:" + this.port);
	}

	private static String cookie(HttpResponse<String> response, String name) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(cookie -> cookie.startsWith(name + "="))
			.map(cookie -> cookie.substring(name.length() + 1, cookie.indexOf(';')))
			.findFirst()
			.orElse("");
	}

}
