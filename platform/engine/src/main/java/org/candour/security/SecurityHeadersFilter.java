package org.candour.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the {@link SecurityHeaders} on every response before any other filter answers, so
 * that refusals written by filters (429 of the rate limit, 404 of an unknown tenant, 403
 * of a suspended one) carry them too. Runs after Spring's {@code ForwardedHeaderFilter},
 * so HSTS follows {@code X-Forwarded-Proto} with either forward-headers strategy.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class SecurityHeadersFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		SecurityHeaders.write(request, response);
		chain.doFilter(request, response);
	}

}
