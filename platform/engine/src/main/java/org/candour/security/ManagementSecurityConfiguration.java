package org.candour.security;

import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The actuator endpoints: {@code /actuator/health} (and its liveness and readiness
 * groups) is public and shows no details; every other endpoint — metrics, Prometheus,
 * info, the links — needs the scrape credential of {@link MetricsSettings} over HTTP
 * basic authentication, on the application port or on {@code management.server.port} when
 * that is set.
 */
@Configuration(proxyBeanMethods = false)
class ManagementSecurityConfiguration {

	static final int ORDER = 0;

	@Bean
	@Order(ORDER)
	SecurityFilterChain managementFilterChain(HttpSecurity http, MetricsSettings settings) {
		http.securityMatcher(EndpointRequest.toAnyEndpoint())
			.authorizeHttpRequests(requests -> requests.requestMatchers(EndpointRequest.to("health"))
				.permitAll()
				.anyRequest()
				.hasRole(ScrapeCredential.ROLE))
			.authenticationManager(new ProviderManager(new ScrapeCredential(settings)))
			.httpBasic(basic -> basic.realmName("candour-metrics"))
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.headers(SecurityHeaders::apply);
		return http.build();
	}

}
