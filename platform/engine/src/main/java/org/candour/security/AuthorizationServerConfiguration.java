package org.candour.security;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.UUID;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The embedded Spring Authorization Server of the self-contained run: in the demo, demo
 * users sign in on its login page; scripts use the machine client (outside the demo only
 * with the operator's secret, see {@link EmbeddedAccounts}); its tokens are verified with
 * its own keys (generated at start-up, so tokens do not survive a restart). Its sign-in
 * session is kept apart from Candour's own browser session, so that signing in to Candour
 * through a tenant's provider never signs anyone in to the embedded server, and so is the
 * request it saves before sending someone to its login page (the web layer's page at
 * {@code /login}), so that Candour's own saved request, the deep link the person started
 * from, survives the sign-in.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedAuthServerCondition.class)
class AuthorizationServerConfiguration {

	static final int ORDER = 1;

	private static final String SESSION_KEY = "CANDOUR_AUTHORIZATION_SERVER_CONTEXT";

	private static final String SAVED_REQUEST_KEY = "CANDOUR_AUTHORIZATION_SERVER_SAVED_REQUEST";

	@Bean
	EmbeddedIssuer embeddedIssuer(SecuritySettings settings, Environment environment) {
		return new EmbeddedIssuer(settings, environment);
	}

	@Bean
	EmbeddedAccounts embeddedAccounts(SecuritySettings settings, Environment environment) {
		return EmbeddedAccounts.of(settings, EmbeddedAuthServerCondition.isDemo(environment));
	}

	@Bean
	JWKSource<SecurityContext> jwkSource() {
		KeyPair keys = rsaKeys();
		RSAKey key = new RSAKey.Builder((RSAPublicKey) keys.getPublic()).privateKey((RSAPrivateKey) keys.getPrivate())
			.keyID(UUID.randomUUID().toString())
			.build();
		return new ImmutableJWKSet<>(new JWKSet(key));
	}

	@Bean
	AuthorizationServerSettings authorizationServerSettings(EmbeddedIssuer issuer) {
		AuthorizationServerSettings.Builder settings = AuthorizationServerSettings.builder();
		return issuer.configured() != null ? settings.issuer(issuer.configured()).build() : settings.build();
	}

	@Bean
	RegisteredClientRepository registeredClientRepository(SecuritySettings settings, EmbeddedAccounts accounts,
			EmbeddedIssuer issuer) {
		return new EmbeddedClients(accounts, settings.embeddedAuthServer().tokenLifetime(), issuer);
	}

	@Bean
	OAuth2TokenCustomizer<JwtEncodingContext> candourTokenClaims(EmbeddedAccounts accounts, EmbeddedIssuer issuer) {
		return new CandourTokenClaims(issuer, accounts.clientId());
	}

	@Bean
	@Order(ORDER)
	SecurityFilterChain authorizationServerFilterChain(HttpSecurity http, EmbeddedAccounts accounts,
			IssuerAuthentication issuers, EmbeddedIssuer issuer, SignIns signIns, SignInThrottle throttle,
			Refusals refusals) {
		http.oauth2AuthorizationServer(server -> server.oidc(Customizer.withDefaults()));
		RequestMatcher endpoints = http.getConfigurer(OAuth2AuthorizationServerConfigurer.class).getEndpointsMatcher();
		RequestMatcher login = PathPatternRequestMatcher.pathPattern("/login");
		HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();
		sessions.setSpringSecurityContextKey(SESSION_KEY);
		HttpSessionRequestCache authorizeRequests = new HttpSessionRequestCache();
		authorizeRequests.setSessionAttrName(SAVED_REQUEST_KEY);
		http.securityMatcher(new OrRequestMatcher(endpoints, login))
			.authorizeHttpRequests(requests -> requests.requestMatchers(login).permitAll().anyRequest().authenticated())
			.userDetailsService(new DemoAccounts(accounts.demoPassword()))
			.requestCache(cache -> cache.requestCache(authorizeRequests))
			.formLogin(form -> form.loginPage("/login")
				.successHandler(signIns.succeeded("embedded authorization server login",
						throttle.forgetting(backToTheAuthorizationRequest(authorizeRequests))))
				.failureHandler(signIns.failed("embedded authorization server login",
						throttle.counting(new SimpleUrlAuthenticationFailureHandler("/login?error")))))
			.addFilterBefore(throttle.refusingLockedAccounts(), UsernamePasswordAuthenticationFilter.class)
			.csrf(csrf -> csrf.csrfTokenRequestHandler(new CsrfTokens()))
			.securityContext(context -> context.securityContextRepository(new DelegatingSecurityContextRepository(
					new RequestAttributeSecurityContextRepository(SESSION_KEY), sessions)))
			.oauth2ResourceServer(resourceServer -> resourceServer
				.jwt(jwt -> jwt.authenticationManager(token -> issuers.resolve(issuer.value()).authenticate(token)))
				.authenticationEntryPoint(refusals.api()))
			.exceptionHandling(exceptions -> exceptions
				.defaultAuthenticationEntryPointFor(signInPage(), new MediaTypeRequestMatcher(MediaType.TEXT_HTML))
				.accessDeniedHandler(refusals))
			.sessionManagement(
					sessionManagement -> sessionManagement.sessionFixation(fixation -> fixation.changeSessionId()))
			.headers(SecurityHeaders::apply);
		return http.build();
	}

	/** A relative redirect: never an address made from the request's Host header. */
	private static LoginUrlAuthenticationEntryPoint signInPage() {
		LoginUrlAuthenticationEntryPoint signIn = new LoginUrlAuthenticationEntryPoint("/login");
		signIn.setFavorRelativeUris(true);
		return signIn;
	}

	/**
	 * After signing in on the login page: back to the authorization request that sent the
	 * person there, else (the login page was opened by itself) to the remembered tenant's
	 * sign-in, which starts one.
	 */
	private static SavedRequestAwareAuthenticationSuccessHandler backToTheAuthorizationRequest(
			HttpSessionRequestCache authorizeRequests) {
		SavedRequestAwareAuthenticationSuccessHandler handler = new SavedRequestAwareAuthenticationSuccessHandler() {

			@Override
			protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response) {
				return SignInTenant.of(request).map(tenant -> "/t/" + tenant + "/login").orElse("/");
			}

		};
		handler.setRequestCache(authorizeRequests);
		return handler;
	}

	private static KeyPair rsaKeys() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
