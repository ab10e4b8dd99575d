package org.candour.web.officer.casework;

import java.io.IOException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.candour.attachments.UploadPolicies;
import org.candour.attachments.UploadRefused;
import org.candour.web.resident.ResidentUploads;

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
 * A file added on the case screen that is larger than the server accepts at all cannot be
 * read, not even the form's CSRF token, so it would end in a refusal page. This filter,
 * ahead of the security filters, sends the officer back to the case screen instead (a
 * GET, which shows nothing more than the screen does) to be told how large a file may be.
 */
@Component
class OversizedCaseFiles extends OncePerRequestFilter implements Ordered {

	private static final Pattern FILES = Pattern.compile("(/t/[^/]+/cases/[^/]+)/files");

	private final SessionFlashMapManager flash = new SessionFlashMapManager();

	private final ResidentUploads words;

	private final UploadPolicies policies;

	OversizedCaseFiles(ResidentUploads words, UploadPolicies policies) {
		this.words = words;
		this.policies = policies;
	}

	@Override
	public int getOrder() {
		return SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String type = request.getContentType();
		return !"POST".equals(request.getMethod()) || type == null || !type.startsWith("multipart/")
				|| !FILES.matcher(path(request)).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			new StandardMultipartHttpServletRequest(request);
		}
		catch (MaxUploadSizeExceededException ex) {
			Matcher screen = FILES.matcher(path(request));
			screen.matches();
			String target = request.getContextPath() + screen.group(1);
			FlashMap refused = new FlashMap();
			refused.putAll(CaseFileController
				.refused(this.words.refusal(UploadRefused.Reason.TOO_LARGE, this.policies.forCase(), Locale.ENGLISH)));
			refused.setTargetRequestPath(target);
			this.flash.saveOutputFlashMap(refused, request, response);
			response.setStatus(HttpStatus.SEE_OTHER.value());
			response.setHeader("Location", target + "#attachments");
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
