package org.candour.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.authentication.JwtIssuerAuthenticationManagerResolver;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;

/**
 * The API and browser filter chains. Neither decides roles: every handler's
 * {@code @EndpointRoles} is enforced by {@link EndpointRolesInterceptor}; the chains
 * establish who is calling and answer refusals.
 * <ul>
 * <li>{@code /api/**}: stateless, JWT bearer tokens from the embedded server or a
 * tenant's issuer, no session and so no CSRF.</li>
 * <li>everything else: browser sessions with OIDC sign-in (authorization code + PKCE) per
 * tenant, landing where the person was going or where their roles work
 * ({@link Landings}), CSRF on every form post, session fixation protection, logout that
 * ends the session.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class WebSecurityConfiguration {

	static final int API_ORDER = 2;

	static final int WEB_ORDER = 3;

	@Bean
	@Order(API_ORDER)
	SecurityFilterChain apiFilterChain(HttpSecurity http, IssuerAuthentication issuers, Refusals refusals,
			RejectedTokens rejectedTokens) {
		AuthenticationEntryPoint unauthenticated = rejectedTokens.limit(refusals.api());
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.oauth2ResourceServer(resourceServer -> resourceServer
				.authenticationManagerResolver(new JwtIssuerAuthenticationManagerResolver(issuers))
				.authenticationEntryPoint(unauthenticated)
				.accessDeniedHandler(refusals))
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.exceptionHandling(
					exceptions -> exceptions.authenticationEntryPoint(unauthenticated).accessDeniedHandler(refusals))
			.headers(SecurityHeaders::apply);
		return http.build();
	}

	@Bean
	@Order(WEB_ORDER)
	SecurityFilterChain webFilterChain(HttpSecurity http, TenantClientRegistrations registrations, SignIns signIns,
			Landings landings, Refusals refusals) {
		SimpleUrlLogoutSuccessHandler loggedOut = new SimpleUrlLogoutSuccessHandler();
		loggedOut.setDefaultTargetUrl("/");
		http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.oauth2Login(login -> login.clientRegistrationRepository(registrations)
				.loginPage("/login")
				.successHandler(signIns.succeeded("OpenID Connect sign-in", landings))
				.failureHandler(signIns.failed("OpenID Connect sign-in",
						new SimpleUrlAuthenticationFailureHandler("/?signin=failed"))))
			.logout(logout -> logout.logoutUrl("/logout")
				.invalidateHttpSession(true)
				.clearAuthentication(true)
				.deleteCookies("JSESSIONID")
				.logoutSuccessHandler(signIns.signedOut(loggedOut)))
			.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
			.csrf(csrf -> csrf.csrfTokenRequestHandler(new CsrfTokens()))
			.exceptionHandling(
					exceptions -> exceptions.authenticationEntryPoint(refusals.web()).accessDeniedHandler(refusals))
			.headers(SecurityHeaders::apply);
		return http.build();
	}

}
