package org.candour.web.resident;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.candour.journeys.SavedAnswers;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Keeps each resident's journey beyond its session, page by page: after every request to
 * a journey's pages that changed it, the journey is saved ({@link SavedAnswers}) under a
 * random key held in a cookie of that browser (for the tenant's pages only, HTTP only,
 * ending with the browser session); a request that finds no journey in its session but
 * that cookie gets the saved one back. Once the feedback is sent, or the resident deletes
 * their answers, the saved journey is forgotten.
 */
@Component
class SavedJourneys implements HandlerInterceptor, WebMvcConfigurer {

	static final String COOKIE = "candour-answers";

	private static final Pattern JOURNEY = Pattern.compile("^/t/([^/]+)/feedback/([^/]+)(/.*)?$");

	private final SavedAnswers saved;

	private final ResidentForms forms;

	private final ResidentUploads uploads;

	SavedJourneys(SavedAnswers saved, ResidentForms forms, ResidentUploads uploads) {
		this.saved = saved;
		this.forms = forms;
		this.uploads = uploads;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/t/*/feedback/*", "/t/*/feedback/*/**");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		Matcher journey = JOURNEY.matcher(path(request));
		HttpSession session = request.getSession(false);
		if (!journey.matches()
				|| (session != null && FeedbackJourney.find(session, journey.group(1), journey.group(2)) != null)) {
			return true;
		}
		String tenant = journey.group(1);
		String type = journey.group(2);
		// only a browser holding a key has anything to restore: the form is read for
		// those alone
		key(request).flatMap(key -> this.saved.find(key, type))
			.ifPresent(found -> this.forms.form(type, RequestContextUtils.getLocale(request))
				.ifPresent(known -> this.uploads.forgetGone(known,
						FeedbackJourney.restore(request.getSession(), tenant, type, found))));
		return true;
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView modelAndView) {
		Matcher journey = JOURNEY.matcher(path(request));
		HttpSession session = request.getSession(false);
		if (!journey.matches() || session == null || "GET".equals(request.getMethod())) {
			return;
		}
		String type = journey.group(2);
		FeedbackJourney current = FeedbackJourney.find(session, journey.group(1), type);
		if (current == null) {
			if (SentFeedback.find(session, journey.group(1), type) != null) {
				key(request).ifPresent(key -> this.saved.forget(key, type));
			}
			return;
		}
		String key = key(request).orElseGet(() -> newKey(request, response, journey.group(1)));
		this.saved.save(key, type, current.saved());
	}

	/** Forgets every journey this browser saved with the tenant, and the cookie. */
	void forgetAll(HttpServletRequest request, HttpServletResponse response, String tenant) {
		key(request).ifPresent(this.saved::forgetAll);
		response.addCookie(cookie(request, tenant, "", 0));
	}

	/** Whether this browser has answers to {@code type} saved with the current tenant. */
	boolean holds(HttpServletRequest request, String type) {
		return key(request).flatMap(key -> this.saved.find(key, type)).isPresent();
	}

	private static String newKey(HttpServletRequest request, HttpServletResponse response, String tenant) {
		String key = SavedAnswers.newKey();
		response.addCookie(cookie(request, tenant, key, -1));
		request.setAttribute(COOKIE, key);
		return key;
	}

	private static Cookie cookie(HttpServletRequest request, String tenant, String value, int maxAge) {
		Cookie cookie = new Cookie(COOKIE, value);
		cookie.setPath(request.getContextPath() + "/t/" + tenant + "/");
		cookie.setHttpOnly(true);
		cookie.setSecure(request.isSecure());
		cookie.setAttribute("SameSite", "Lax");
		cookie.setMaxAge(maxAge);
		return cookie;
	}

	private static Optional<String> key(HttpServletRequest request) {
		if (request.getAttribute(COOKIE) instanceof String made) {
			return Optional.of(made);
		}
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return Optional.empty();
		}
		for (Cookie cookie : cookies) {
			if (COOKIE.equals(cookie.getName()) && SavedAnswers.isKey(cookie.getValue())) {
				return Optional.of(cookie.getValue());
			}
		}
		return Optional.empty();
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
