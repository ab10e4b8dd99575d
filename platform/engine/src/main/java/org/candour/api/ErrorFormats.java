package org.candour.api;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * Whether a refused request is answered with an error page or a problem document: the API
 * ({@code /api/**}) always gets problem documents, the pages ({@code /t/**},
 * {@code /platform/**}) always get error pages, and any other address gets a page when
 * the client asks for HTML. Error pages are rendered by the servlet error dispatch
 * ({@code /error}), so a filter or a security handler refuses a page request with
 * {@code sendError} (see {@link ProblemResponses}).
 */
public final class ErrorFormats {

	private ErrorFormats() {
	}

	public static boolean wantsPage(HttpServletRequest request) {
		String path = originalPath(request);
		if (path.equals("/api") || path.startsWith("/api/")) {
			return false;
		}
		if (path.startsWith("/t/") || path.equals("/platform") || path.startsWith("/platform/")) {
			return true;
		}
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		return accept != null && accept.contains(MediaType.TEXT_HTML_VALUE);
	}

	/** The path the client asked for, also while the error dispatch answers it. */
	public static String originalPath(HttpServletRequest request) {
		String uri = (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String original) ? original
				: request.getRequestURI();
		String context = request.getContextPath();
		return uri.startsWith(context) ? uri.substring(context.length()) : uri;
	}

}
