package org.candour.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.candour.support.Api;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a TLS proxy with forward headers: the session cookie is Secure and HSTS is sent
 * when the proxy says HTTPS, each forwarded client has a rate limit of its own, and no
 * redirect carries a Host (or X-Forwarded-Host) the client made up.
 */
@ProxiedIntegrationTest
class ProxyHeadersIntegrationTests {

	private static final Pattern STATUS = Pattern.compile("^HTTP/1\\.1 (\\d{3})");

	private static final Pattern LOCATION = Pattern.compile("(?im)^location:[ \\t]*(\\S*)\\r?$");

	@Autowired
	Api api;

	@Value("${local.server.port}")
	int port;

	@Test
	void behindATlsProxyTheSessionCookieIsSecureAndHstsIsSent() {
		Browser browser = new Browser(base(), Map.of("X-Forwarded-For", "203.0.113.11", "X-Forwarded-Proto", "https"));
		HttpResponse<String> page = browser.get("/login");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().allValues("Set-Cookie"))
			.anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID=").contains("Secure", "HttpOnly"));
		assertThat(page.headers().firstValue("Strict-Transport-Security"))
			.hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age="));
	}

	@Test
	void eachForwardedClientHasARateLimitOfItsOwn() {
		String tenant = this.api.newTenant("pooled");
		Browser first = new Browser(base(), Map.of("X-Forwarded-For", "203.0.113.21"));
		Browser second = new Browser(base(), Map.of("X-Forwarded-For", "203.0.113.22"));
		for (int i = 0; i < 60; i++) {
			assertThat(first.get("/t/" + tenant + "/track/anything").statusCode()).isNotEqualTo(429);
		}
		assertThat(first.get("/t/" + tenant + "/track/anything").statusCode()).isEqualTo(429);
		assertThat(second.get("/t/" + tenant + "/track/anything").statusCode()).isNotEqualTo(429);
	}

	@Test
	void redirectsNeverCarryAForgedHost() {
		String tenant = this.api.newTenant("pooled");
		String issuer = "http://localhost:" + this.port;
		String authorize = "/oauth2/authorize?response_type=code&client_id=candour-web&scope=openid&state=s"
				+ "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256"
				+ "&redirect_uri=" + URLEncoder.encode(issuer + "/login/oauth2/code/candour", StandardCharsets.UTF_8);
		Map<String, String> redirects = Map.of("/t/" + tenant + "/login", "/oauth2/authorization/candour", authorize,
				"/login");
		redirects.forEach((path, target) -> {
			assertThat(redirect(path, "evil.example", "")).as(path).isEqualTo(target);
			assertThat(redirect(path, "localhost:" + this.port, "X-Forwarded-Host: evil.example\r\n")).as(path)
				.isEqualTo(target);
		});
	}

	/**
	 * The Location of a GET sent as is, Host header included; fails unless it redirects.
	 */
	private String redirect(String path, String host, String headers) {
		try (Socket socket = new Socket("localhost", this.port)) {
			String request = "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nAccept: text/html\r\n"
					+ "X-Forwarded-For: 203.0.113.31\r\n" + headers + "Connection: close\r\n\r\n";
			socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
			String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
			Matcher status = STATUS.matcher(response);
			assertThat(status.find() && status.group(1).startsWith("3")).as(path + " redirects: " + response).isTrue();
			Matcher location = LOCATION.matcher(response);
			assertThat(location.find()).as("Location in " + response).isTrue();
			return location.group(1);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

}
