package org.candour.security;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A form sent after its session ended (the visitor did nothing for longer than the
 * session lasts): its CSRF token is refused because the session that held it is gone.
 * Such a page request is sent to the session-ended page of its tenant (or of the
 * platform), which explains what happened and leads back to the page the form was on.
 */
final class EndedSessions {

	private static final Pattern TENANT = Pattern.compile("^/t/([^/]+)/.*$");

	private EndedSessions() {
	}

	/** Where to send {@code request}, refused with {@code ex}, if its session ended. */
	static Optional<String> redirectFor(HttpServletRequest request, AccessDeniedException ex) {
		if (!(ex instanceof CsrfException) || request.getRequestedSessionId() == null
				|| request.isRequestedSessionIdValid()) {
			return Optional.empty();
		}
		String path = Refusals.path(request);
		Matcher tenant = TENANT.matcher(path);
		String scope = tenant.matches() ? "/t/" + tenant.group(1) : path.startsWith("/platform") ? "/platform" : null;
		if (scope == null) {
			return Optional.empty();
		}
		String from = referringPage(request, scope).orElse(path);
		return Optional.of(request.getContextPath() + UriComponentsBuilder.fromPath(scope + "/session-ended")
			.queryParam("from", "{from}")
			.encode()
			.buildAndExpand(from)
			.toUriString());
	}

	/** The page the form was on, when it is one of {@code scope}'s on this server. */
	private static Optional<String> referringPage(HttpServletRequest request, String scope) {
		String referer = request.getHeader(HttpHeaders.REFERER);
		if (referer == null) {
			return Optional.empty();
		}
		try {
			URI uri = URI.create(referer);
			if (uri.getHost() != null && !uri.getHost().equalsIgnoreCase(request.getServerName())) {
				return Optional.empty();
			}
			String path = uri.getRawPath() == null ? "" : uri.getRawPath();
			if (!path.startsWith(request.getContextPath() + scope + "/")) {
				return Optional.empty();
			}
			String local = path.substring(request.getContextPath().length());
			return Optional.of(uri.getRawQuery() == null ? local : local + "?" + uri.getRawQuery());
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
