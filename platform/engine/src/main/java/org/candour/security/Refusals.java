package org.candour.security;

import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.candour.api.Problems;
import tools.jackson.databind.json.JsonMapper;

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
 * Answers refused requests with problem documents and records them in the security log:
 * 401 with {@code WWW-Authenticate: Bearer} for the API (a rejected token is logged), a
 * redirect to the tenant's sign-in for browser pages under {@code /t/{tenant}/}, 403 for
 * callers without the role or a form without its CSRF token (logged as access denied) —
 * as the error page ({@code error/403}) when a browser asks for a page, as a problem
 * document otherwise.
 */
@Component
class Refusals implements AccessDeniedHandler {

	private static final Pattern TENANT_PAGE = Pattern.compile("^/t/([^/]+)/.*$");

	private final JsonMapper json;

	private final SecurityEvents events;

	private final Callers callers;

	private final BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();

	Refusals(JsonMapper json, SecurityEvents events, Callers callers) {
		this.json = json;
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
			write(response, HttpStatus.UNAUTHORIZED, "Unauthorized", ex instanceof OAuth2AuthenticationException
					? "The bearer token was rejected: " + message(ex) : "Send a bearer token");
		};
	}

	/** For browser pages: tenant pages send the visitor to that tenant's sign-in. */
	AuthenticationEntryPoint web() {
		return (request, response, ex) -> {
			Matcher page = TENANT_PAGE.matcher(path(request));
			if (page.matches() && "GET".equals(request.getMethod())) {
				response.sendRedirect(request.getContextPath() + "/t/" + page.group(1) + "/login");
				return;
			}
			write(response, HttpStatus.UNAUTHORIZED, "Unauthorized", "Sign in first");
		};
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		refuse(request, response, HttpStatus.FORBIDDEN, ex.getMessage());
	}

	void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
			throws IOException {
		this.events.record(SecurityEventType.ACCESS_DENIED, this.callers.name(), path(request),
				request.getMethod() + " refused: " + detail);
		if (wantsPage(request)) {
			response.sendError(status.value());
			return;
		}
		write(response, status, "Forbidden", detail);
	}

	void write(HttpServletResponse response, HttpStatus status, String title, String detail) throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		this.json.writeValue(response.getOutputStream(), Problems.of(status, title, detail, List.of()));
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
