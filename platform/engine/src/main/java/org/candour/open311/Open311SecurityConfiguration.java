package org.candour.open311;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The Open311 endpoint's own filter chain: clients are machines that send their
 * {@code api_key} as a parameter, so no session, no CSRF token, no saved request and no
 * sign-in redirect; who may do what is decided by {@link Open311Access}, and refusals are
 * Open311 errors. Ordered with the API chain (its addresses are disjoint from
 * {@code /api/**}), before the browser chain that matches everything else.
 */
@Configuration(proxyBeanMethods = false)
class Open311SecurityConfiguration {

	@Bean
	@Order(2)
	SecurityFilterChain open311FilterChain(HttpSecurity http) {
		http.securityMatcher("/open311/**")
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.formLogin(form -> form.disable())
			.httpBasic(basic -> basic.disable())
			.logout(logout -> logout.disable());
		return http.build();
	}

}
