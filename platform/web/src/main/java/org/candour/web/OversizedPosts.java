package org.candour.web;

import java.io.IOException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.StandardMultipartHttpServletRequest;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * A form post with a file larger than the server accepts at all cannot be read, not even
 * its CSRF token, so it would end in a refusal page. Such a filter, ahead of the security
 * filters, sends the browser back to the page the form is on instead (a GET, which
 * changes nothing) with what the page needs to say how large a file may be.
 */
public abstract class OversizedPosts extends OncePerRequestFilter implements Ordered {

	private final Pattern posts;

	private final SessionFlashMapManager flash = new SessionFlashMapManager();

	/**
	 * @param posts the paths of the posts this filter looks after; its first group is the
	 * path of the page to go back to
	 */
	protected OversizedPosts(Pattern posts) {
		this.posts = posts;
	}

	/** What the page is told (flash attributes). */
	protected abstract Map<String, Object> refusal();

	/** Where on the page to go back to ({@code #id}), or empty. */
	protected String fragment() {
		return "";
	}

	@Override
	public int getOrder() {
		return SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String type = request.getContentType();
		return !"POST".equals(request.getMethod()) || type == null || !type.startsWith("multipart/")
				|| !this.posts.matcher(path(request)).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			new StandardMultipartHttpServletRequest(request);
		}
		catch (MaxUploadSizeExceededException ex) {
			Matcher page = this.posts.matcher(path(request));
			page.matches();
			String target = request.getContextPath() + page.group(1);
			FlashMap refused = new FlashMap();
			refused.putAll(refusal());
			refused.setTargetRequestPath(target);
			this.flash.saveOutputFlashMap(refused, request, response);
			response.setStatus(HttpStatus.SEE_OTHER.value());
			response.setHeader("Location", target + fragment());
			return;
		}
		catch (MultipartException ex) {
			// not a size problem: the handler's own multipart handling reports it
		}
		chain.doFilter(request, response);
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
