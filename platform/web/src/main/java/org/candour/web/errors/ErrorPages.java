package org.candour.web.errors;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import org.candour.web.officer.OfficerPaths;
import org.candour.web.resident.TenantBranding;

import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The GOV.UK error page of every refused or failed page request (whatever sent it to the
 * servlet error dispatch): what went wrong and what to do next, in the reader's language,
 * in the tenant's branding when the address names a tenant that exists, else plain
 * Candour. Statuses without words of their own are told as the nearest general one.
 */
@Component
class ErrorPages implements ErrorViewResolver {

	private static final Pattern TENANT_PAGE = Pattern.compile("^/t/([^/]+)(/.*)?$");

	private static final Pattern RESIDENT_PAGE = Pattern.compile("^/t/[^/]+/(feedback|track)(/.*)?$");

	private static final Set<Integer> EXPLAINED = Set.of(400, 401, 403, 404, 405, 409, 413, 429, 500, 503);

	private final TenantBranding branding;

	ErrorPages(TenantBranding branding) {
		this.branding = branding;
	}

	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		Locale locale = RequestContextUtils.getLocale(request);
		String path = String.valueOf(model.get("path"));
		ModelAndView page = new ModelAndView("errors/page", status);
		page.addObject("kind", kind(status));
		page.addObject("retryAfter", model.get("retryAfter"));
		Matcher tenantPage = TENANT_PAGE.matcher(path);
		Optional<Map<String, Object>> branded = tenantPage.matches()
				? this.branding.layout(tenantPage.group(1), locale, path) : Optional.empty();
		branded.ifPresentOrElse(page::addAllObjects, () -> next(page, "home", "/"));
		branded.map(layout -> (String) layout.get("tenant")).ifPresent(tenant -> {
			boolean resident = RESIDENT_PAGE.matcher(path).matches();
			next(page, resident ? "start" : "work",
					resident ? "/t/" + tenant + "/feedback" : OfficerPaths.work(tenant));
			if (status == HttpStatus.UNAUTHORIZED) {
				page.addObject("signInUrl", "/t/" + tenant + "/login");
			}
		});
		if (status == HttpStatus.UNAUTHORIZED && (path.equals("/platform") || path.startsWith("/platform/"))) {
			page.addObject("signInUrl", "/platform/login");
		}
		return page;
	}

	private static String kind(HttpStatus status) {
		if (EXPLAINED.contains(status.value())) {
			return String.valueOf(status.value());
		}
		return status.is5xxServerError() ? "500" : "400";
	}

	private static void next(ModelAndView page, String what, String url) {
		page.addObject("next", what);
		page.addObject("nextUrl", url);
	}

}
