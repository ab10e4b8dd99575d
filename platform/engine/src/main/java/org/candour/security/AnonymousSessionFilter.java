package org.candour.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.web.util.OnCommittedResponseWrapper;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tells {@link AnonymousSessions} about the session each request has when its response is
 * committed (after everything before it, sign-in included, has run), or when the request
 * ends if nothing committed it sooner.
 * <p>
 * Not after the request: a client has its page as soon as the response is flushed, and
 * may send its next request (another tab, a redirect it follows) while this one is still
 * on its way out; that request must find this one's session counted, and the session it
 * ended gone.
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
		SessionCountingResponse counting = new SessionCountingResponse(request, response);
		try {
			chain.doFilter(request, counting);
		}
		finally {
			counting.requestEnded();
		}
	}

	/** A response that counts its request's session before it is committed. */
	private final class SessionCountingResponse extends OnCommittedResponseWrapper {

		private final HttpServletRequest request;

		private String counted;

		SessionCountingResponse(HttpServletRequest request, HttpServletResponse response) {
			super(response);
			this.request = request;
		}

		@Override
		protected void onResponseCommitted() {
			count();
		}

		/** Counts a session the response was committed without (none yet, or another). */
		void requestEnded() {
			HttpSession session = this.request.getSession(false);
			if (session != null && !session.getId().equals(this.counted)) {
				count();
			}
		}

		private void count() {
			HttpSession session = this.request.getSession(false);
			if (session == null) {
				return;
			}
			try {
				AnonymousSessionFilter.this.sessions.seen(session, ClientAddress.of(this.request));
				this.counted = session.getId();
			}
			catch (IllegalStateException ex) {
				// the session ended during the request (sign-out)
			}
		}

	}

}
