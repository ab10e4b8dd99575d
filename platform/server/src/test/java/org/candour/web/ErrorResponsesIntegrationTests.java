package org.candour.web;

import java.time.Duration;
import java.util.Map;

import org.candour.security.TestRateLimit;
import org.candour.support.Api;
import org.candour.support.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever the client accepts, a refused page request under {@code /t/**} is a GOV.UK
 * error page with a title and a language, and a refused API request is a problem
 * document, even when a browser asks for HTML.
 */
@CandourWebTest
class ErrorResponsesIntegrationTests {

	private static final Map<String, String> ANYTHING = Map.of("Accept", "*/*");

	private static final Map<String, String> HTML = Map.of("Accept", "text/html");

	@Autowired
	Api api;

	@Autowired
	TestTokens tokens;

	@Autowired
	StoppableClock clock;

	@Autowired
	TestRateLimit rateLimit;

	@AfterEach
	void realTimeAndTheUsualRateLimit() {
		this.rateLimit.reset();
		this.clock.run();
	}

	@Test
	void refusedPagesAreGovUkErrorPages() {
		String tenant = this.api.newTenant("pooled");
		assertPage(page("GET", "/t/no-such-council/feedback"), 404, "Page not found – Candour");
		assertPage(page("GET", "/t/" + tenant + "/feedback/contact/page/first"), 400,
				"Sorry, there is a problem with this request – ");
		Api.Response notAllowed = page("GET", "/t/" + tenant + "/cases/ANY-1/notes");
		assertPage(notAllowed, 405, "Sorry, this page cannot be used in that way – ");
		assertThat(notAllowed.header("Allow")).contains("POST");
		assertPage(page("POST", "/t/" + tenant + "/cases/ANY-1/notes"), 403, "You do not have access to this page – ");
	}

	@Test
	void tooManyRequestsIsAPageSayingHowLongToWait() {
		String tenant = this.api.newTenant("pooled");
		this.clock.stop();
		this.rateLimit.set(5, Duration.ofMinutes(1));
		for (int i = 0; i < 5; i++) {
			page("GET", "/t/" + tenant + "/track/not-a-link");
		}
		Api.Response refused = page("GET", "/t/" + tenant + "/track/not-a-link");
		assertPage(refused, 429, "Sorry, there have been too many attempts – ");
		assertThat(refused.header("Retry-After")).as("one request back every 12 seconds").isEqualTo("12");
		assertThat(refused.body().asString()).contains("Wait " + refused.header("Retry-After") + " seconds");
		this.clock.advance(Duration.ofSeconds(12));
		assertThat(page("GET", "/t/" + tenant + "/track/not-a-link").status()).isNotEqualTo(429);
	}

	@Test
	void aSuspendedCouncilsPagesAreAGovUkErrorPage() {
		String tenant = this.api.newTenant("pooled");
		this.api.patch("/api/platform/tenants/" + tenant, Map.of("status", "suspended"));
		assertPage(page("GET", "/t/" + tenant + "/feedback"), 403, "You do not have access to this page – ");
	}

	@Test
	void theSameErrorsUnderTheApiStayProblemDocuments() {
		String tenant = this.api.newTenant("pooled");
		assertProblem(this.api.send("GET", "/api/tenants/no-such-council/cases", null, HTML), 404);
		assertProblem(this.api.send("GET", "/api/tenants/" + tenant + "/cases/NO-SUCH-1", null, HTML), 404);
		assertProblem(this.api.send("GET", "/api/no-such-endpoint", null, HTML), 404);
		assertProblem(
				this.api.send("GET", "/api/tenants/" + tenant + "/calendar/add?from=soon&workingDays=5", null, HTML),
				400);
		assertProblem(this.api.send("DELETE", "/api/platform/tenants", null, HTML), 405);
		assertProblem(
				this.api.send("GET", "/api/tenants/" + tenant + "/cases", null, HTML, this.tokens.user("no-role-here")),
				403);
		this.api.patch("/api/platform/tenants/" + tenant, Map.of("status", "suspended"));
		assertProblem(this.api.send("GET", "/api/tenants/" + tenant + "/cases", null, HTML), 403);
	}

	private Api.Response page(String method, String path) {
		return this.api.send(method, path, null, ANYTHING);
	}

	private static void assertPage(Api.Response response, int status, String title) {
		assertThat(response.status()).isEqualTo(status);
		assertThat(response.header("Content-Type")).startsWith("text/html");
		String html = response.body().asString();
		assertThat(html).containsPattern("<html[^>]* lang=\"en\"").contains("<title>" + title);
	}

	private static void assertProblem(Api.Response response, int status) {
		assertThat(response.status()).isEqualTo(status);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.body().path("status").asInt()).isEqualTo(status);
	}

}
