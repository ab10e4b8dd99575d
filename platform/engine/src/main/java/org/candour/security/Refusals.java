package org.candour.security;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.candour.api.ProblemResponses;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/**
 * Answers refused requests and records them in the security log: 401 with
 * {@code WWW-Authenticate: Bearer} and a problem document for the API (a rejected token
 * is logged), a redirect to the sign-in for browser pages under {@code /t/{tenant}/} and
 * {@code /platform}, 403 for callers without the role (logged as access denied). Pages
 * get error pages, anything else problem documents (see {@link ProblemResponses}).
 */
@Component
class Refusals implements AccessDeniedHandler {

	private static final Pattern TENANT_PAGE = Pattern.compile("^/t/([^/]+)/.*$");

	private static final Pattern PLATFORM_PAGE = Pattern.compile("^/platform(/.*)?$");

	private final ProblemResponses responses;

	private final SecurityEvents events;

	private final Callers callers;

	private final BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();

	Refusals(ProblemResponses responses, SecurityEvents events, Callers callers) {
		this.responses = responses;
		this.events = events;
		this.callers = callers;
	}

	/** For the bearer-token API. */
	AuthenticationEntryPoint api() {
		return (request, response, ex) -> {
			if (ex instanceof OAuth2AuthenticationException) {
				this.events.record(SecurityEventType.TOKEN_REJECTED, null, path(request), message(ex));
			}
			this.bearer.commence(request, response, ex);
			this.responses.write(response, HttpStatus.UNAUTHORIZED, "Unauthorized",
					ex instanceof OAuth2AuthenticationException ? "The bearer token was rejected: " + message(ex)
							: "Send a bearer token");
		};
	}

	/**
	 * For browser pages: tenant pages send the visitor to that tenant's sign-in, platform
	 * pages to the platform's.
	 */
	AuthenticationEntryPoint web() {
		return (request, response, ex) -> {
			Matcher page = TENANT_PAGE.matcher(path(request));
			boolean get = "GET".equals(request.getMethod());
			if (page.matches() && get) {
				response.sendRedirect(request.getContextPath() + "/t/" + page.group(1) + "/login");
				return;
			}
			if (PLATFORM_PAGE.matcher(path(request)).matches() && get) {
				response.sendRedirect(request.getContextPath() + "/platform/login");
				return;
			}
			write(request, response, HttpStatus.UNAUTHORIZED, "Unauthorized", "Sign in first");
		};
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		Optional<String> sessionEnded = EndedSessions.redirectFor(request, ex);
		if (sessionEnded.isPresent() && wantsPage(request)) {
			response.setStatus(HttpStatus.SEE_OTHER.value());
			response.setHeader(HttpHeaders.LOCATION, sessionEnded.get());
			return;
		}
		refuse(request, response, HttpStatus.FORBIDDEN, ex.getMessage());
	}

	void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
			throws IOException {
		this.events.record(SecurityEventType.ACCESS_DENIED, this.callers.name(), path(request),
				request.getMethod() + " refused: " + detail);
		write(request, response, status, "Forbidden", detail);
	}

	void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String title, String detail)
			throws IOException {
		this.responses.refuse(request, response, status, title, detail);
	}

	private static String message(AuthenticationException ex) {
		if (ex instanceof OAuth2AuthenticationException oauth && oauth.getError().getDescription() != null) {
			return oauth.getError().getDescription();
		}
		return ex.getMessage();
	}

	/** A browser asking for a page (not the API, and HTML named in {@code Accept}). */
	static boolean wantsPage(HttpServletRequest request) {
		if (path(request).startsWith("/api/")) {
			return false;
		}
		try {
			return MediaType.parseMediaTypes(request.getHeader(HttpHeaders.ACCEPT))
				.stream()
				.anyMatch(type -> "text".equals(type.getType()) && "html".equals(type.getSubtype()));
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

	static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
