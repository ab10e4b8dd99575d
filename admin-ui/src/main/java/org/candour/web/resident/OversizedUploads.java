package org.candour.web.resident;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.StandardMultipartHttpServletRequest;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * A resident's form post with a file larger than the server accepts at all cannot be
 * read, not even its CSRF token, so it would end in a refusal page. This filter, ahead of
 * the security filters, sends the resident back to the page instead (a GET, which changes
 * nothing) to be told, in plain words, how large a file may be.
 */
@Component
class OversizedUploads extends OncePerRequestFilter implements Ordered {

	private static final Pattern PAGE = Pattern.compile("(/t/[^/]+/feedback/[^/]+/page/\\d+)(/upload|/remove)?");

	private final SessionFlashMapManager flash = new SessionFlashMapManager();

	@Override
	public int getOrder() {
		return SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String type = request.getContentType();
		return !"POST".equals(request.getMethod()) || type == null || !type.startsWith("multipart/")
				|| !PAGE.matcher(path(request)).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			new StandardMultipartHttpServletRequest(request);
		}
		catch (MaxUploadSizeExceededException ex) {
			Matcher page = PAGE.matcher(path(request));
			page.matches();
			String target = request.getContextPath() + page.group(1);
			FlashMap tooLarge = new FlashMap();
			tooLarge.put(ResidentUploads.TOO_LARGE, true);
			tooLarge.setTargetRequestPath(target);
			this.flash.saveOutputFlashMap(tooLarge, request, response);
			response.setStatus(HttpStatus.SEE_OTHER.value());
			response.setHeader("Location", target);
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
