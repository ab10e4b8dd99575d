package org.candour.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tells {@link AnonymousSessions} about the session each request ends with (after
 * everything else, sign-in included, has run).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 6)
class AnonymousSessionFilter extends OncePerRequestFilter {

	private final AnonymousSessions sessions;

	AnonymousSessionFilter(AnonymousSessions sessions) {
		this.sessions = sessions;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		finally {
			HttpSession session = request.getSession(false);
			if (session != null) {
				try {
					this.sessions.seen(session, ClientAddress.of(request));
				}
				catch (IllegalStateException ex) {
					// the session ended during the request (sign-out)
				}
			}
		}
	}

}
