package org.candour.security;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.candour.support.TestClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guessing one account's password on the embedded server's sign-in page gets slower with
 * every failure: after three free failures the account is locked for 2 seconds, then 4,
 * by the application clock; a locked account is refused with "try again in N seconds"
 * whatever the password, other accounts are not affected, and a success starts afresh.
 */
@ProxiedIntegrationTest
class SignInThrottleIntegrationTests {

	@Autowired
	TestClock clock;

	@Value("${local.server.port}")
	int port;

	@Value("${candour.security.embedded-auth-server.demo-password:demo-password}")
	String password;

	@Test
	void locksAnAccountProgressivelyAfterFailedSignInsAndForgetsOnSuccess() {
		Browser browser = new Browser("http://localhost:" + this.port, Map.of("X-Forwarded-For", "203.0.113.51"));
		String account = "manager@demo-county";
		for (int i = 0; i < 3; i++) {
			assertThat(Browser.location(signIn(browser, account, "guess-" + i))).endsWith("/login?error");
		}
		assertLocked(signIn(browser, account, "guess-3"), 2);
		assertLocked(signIn(browser, account, this.password), 2);
		assertThat(Browser.location(signIn(browser, "officer@demo-county", "guess"))).as("another account")
			.endsWith("/login?error");

		later(Duration.ofSeconds(2));
		assertLocked(signIn(browser, account, "guess-4"), 4);
		later(Duration.ofSeconds(3));
		assertLocked(signIn(browser, account, this.password), 1);
		later(Duration.ofSeconds(1));
		assertThat(Browser.location(signIn(browser, account, this.password))).doesNotContain("/login");

		Browser another = new Browser("http://localhost:" + this.port, Map.of("X-Forwarded-For", "203.0.113.52"));
		assertThat(Browser.location(signIn(another, account, "guess-5"))).as("failures forgotten")
			.endsWith("/login?error");
	}

	@Test
	void tellsScriptsWhenToTryAgainInAProblemDocument() {
		Browser browser = new Browser("http://localhost:" + this.port,
				Map.of("X-Forwarded-For", "203.0.113.53", "Accept", "application/json"));
		for (int i = 0; i < 3; i++) {
			signIn(browser, "auditor@demo-county", "guess-" + i);
		}
		HttpResponse<String> locked = signIn(browser, "auditor@demo-county", "guess-3");
		assertThat(locked.statusCode()).isEqualTo(429);
		assertThat(locked.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(locked.body()).contains("Try again in 2 seconds");
	}

	private HttpResponse<String> signIn(Browser browser, String username, String password) {
		String csrf = Browser.csrf(browser.get("/login"));
		return browser.post("/login", Map.of("_csrf", csrf, "username", username, "password", password));
	}

	private void later(Duration duration) {
		this.clock.set(this.clock.instant().plus(duration).toString());
	}

	private static void assertLocked(HttpResponse<String> response, int seconds) {
		assertThat(response.statusCode()).isEqualTo(429);
		assertThat(response.headers().firstValue("Retry-After")).hasValue(String.valueOf(seconds));
		assertThat(response.body()).contains("Too many failed sign-ins for this account. Try again in " + seconds
				+ (seconds == 1 ? " second." : " seconds."));
	}

}
