package org.candour.security;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.candour.api.EndpointRoles;
import org.candour.support.Api;
import org.candour.support.CandourIntegrationTest;
import org.candour.support.TestClock;
import org.candour.support.TestTokens;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CSRF, security headers, session cookies, logout, rate limits (on the application's
 * clock) and the anonymous sessions one client may hold.
 */
@CandourIntegrationTest
class WebHardeningIntegrationTests {

	private static final int CAPACITY = 60;

	private static final int SESSIONS_PER_CLIENT = 50;

	@Autowired
	Api api;

	@Autowired
	TestTokens tokens;

	@Autowired
	TestClock clock;

	@Value("${local.server.port}")
	int port;

	@Test
	void refusesAFormPostWithoutItsCsrfToken() {
		Browser browser = browser();
		browser.get("/login");
		HttpResponse<String> refused = browser.post("/logout", Map.of());
		assertThat(refused.statusCode()).isEqualTo(403);
		// the GOV.UK page itself needs the web layer: ErrorResponsesIntegrationTests
		// (server)
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
		aPeriodPasses(browser);
		for (int i = 0; i < CAPACITY; i++) {
			assertThat(browser.get("/t/" + tenant + "/track/anything").statusCode()).isNotEqualTo(429);
		}
		HttpResponse<String> limited = browser.get("/t/" + tenant + "/track/anything");
		assertThat(limited.statusCode()).isEqualTo(429);
		assertThat(limited.headers().firstValue("Retry-After")).as("one request back every second").hasValue("1");
		assertThat(Api.json(limited.body()).path("status").asInt()).isEqualTo(429);
		assertThat(browser.get("/t/" + tenant + "/feedback/anything").statusCode()).as("another group")
			.isNotEqualTo(429);
		this.clock.set(this.clock.instant().plusSeconds(1).toString());
		assertThat(browser.get("/t/" + tenant + "/track/anything").statusCode()).isNotEqualTo(429);
		assertThat(browser.get("/t/" + tenant + "/track/anything").statusCode()).isEqualTo(429);
	}

	@Test
	void limitsAPercentEncodedPathExactlyLikeThePathItDecodesTo() {
		String tenant = this.api.newTenant("pooled");
		Browser browser = browser();
		aPeriodPasses(browser);
		List<String> spellings = List.of("/t/" + tenant + "/feedback/complaint",
				"/t/" + tenant + "/%66eedback/complaint", "/t/" + tenant + "/feedb%61ck/complaint",
				"/t/" + tenant + "/%66%65%65%64%62%61%63%6B/%63omplaint");
		for (int i = 0; i < CAPACITY; i++) {
			String path = spellings.get(i % spellings.size());
			assertThat(browser.get(path).statusCode()).as(path).isNotEqualTo(429);
		}
		for (String path : spellings) {
			assertThat(browser.get(path).statusCode()).as(path).isEqualTo(429);
		}
	}

	@Test
	void limitsRejectedBearerTokensPerClientAndKeepsValidTokensWorking() {
		String tenant = this.api.newTenant("pooled");
		String cases = "/api/tenants/" + tenant + "/cases";
		aPeriodPasses(browser());
		List<String> rejected = List.of("garbled", "not.a.token", "eyJhbGciOiJSUzI1NiJ9.e30.c2lnbmF0dXJl");
		for (int i = 0; i < CAPACITY; i++) {
			assertThat(this.api.sendAs(rejected.get(i % rejected.size()), "GET", cases, null).status()).isEqualTo(401);
		}
		Api.Response limited = this.api.sendAs("garbled", "GET", cases, null);
		assertThat(limited.status()).isEqualTo(429);
		assertThat(limited.header("Retry-After")).isEqualTo("1");
		assertThat(limited.body().path("status").asInt()).isEqualTo(429);
		String officer = this.tokens.member("olive", tenant, Set.of(EndpointRoles.OFFICER), Set.of());
		assertThat(this.api.sendAs(officer, "GET", cases, null).status()).as("a valid token is not limited")
			.isEqualTo(200);
		assertThat(this.api.sendAs(null, "GET", cases, null).status()).as("nor is a request without one")
			.isEqualTo(401);
		aPeriodPasses(browser());
		assertThat(this.api.sendAs("garbled", "GET", cases, null).status()).isEqualTo(401);
	}

	@Test
	void aClientsLeastRecentlyUsedAnonymousSessionEndsWhenItOpensOneTooMany() {
		aPeriodPasses(browser());
		// other tests of this context came from the same client: their sessions go first
		for (int i = 0; i < SESSIONS_PER_CLIENT; i++) {
			browser().get("/login");
		}
		aPeriodPasses(browser());
		Browser oldest = browser();
		oldest.get("/login");
		String oldestSession = oldest.cookie("JSESSIONID");
		Browser active = browser();
		active.get("/login");
		String activeSession = active.cookie("JSESSIONID");
		List<Browser> others = new ArrayList<>();
		for (int i = 2; i < SESSIONS_PER_CLIENT; i++) {
			others.add(browser());
			others.get(others.size() - 1).get("/login");
		}
		assertThat(active.get("/login").headers().allValues("Set-Cookie")).as("still the same session")
			.noneMatch(cookie -> cookie.startsWith("JSESSIONID="));
		browser().get("/login");

		oldest.get("/login");
		assertThat(oldest.cookie("JSESSIONID")).as("the least recently used session ended").isNotEqualTo(oldestSession);
		assertThat(active.get("/login").headers().allValues("Set-Cookie"))
			.noneMatch(cookie -> cookie.startsWith("JSESSIONID="));
		assertThat(active.cookie("JSESSIONID")).isEqualTo(activeSession);
	}

	/**
	 * A rate-limit period passes on the application's clock, so every bucket is full
	 * again. The limiter reads the clock first, as it only counts time it sees pass.
	 */
	private void aPeriodPasses(Browser browser) {
		browser.get("/login");
		this.clock.set(this.clock.instant().plus(Duration.ofMinutes(1)).toString());
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
