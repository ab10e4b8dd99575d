package org.candour.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The embedded server's login page is the web layer's; without it (the engine's tests)
 * this stand-in serves {@code GET /login}: a bare form with the CSRF token.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SignInPageStandIn {

	@Bean
	RouterFunction<ServerResponse> signInPageStandIn() {
		return RouterFunctions.route()
			.GET("/login",
					request -> ServerResponse.ok()
						.contentType(MediaType.TEXT_HTML)
						.body("<form method=\"post\" action=\"/login\"><input type=\"hidden\" name=\"_csrf\" value=\""
								+ ((CsrfToken) request.attribute(CsrfToken.class.getName()).orElseThrow()).getToken()
								+ "\"></form>"))
			.build();
	}

}
