package org.candour.web.resident;

import java.util.regex.Pattern;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.candour.web.sessions.SessionTimeouts;
import org.candour.tenancy.TenantContext;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the resident layout needs on every page: the tenant's branding (name, colour,
 * logo, footer links), where its start page is, and whether to offer the Welsh toggle.
 */
@ControllerAdvice(assignableTypes = { ResidentStartController.class, FeedbackJourneyController.class,
		FeedbackSubmissionController.class, TrackingController.class, SessionEndedController.class,
		FindCaseController.class, DraftPreviewController.class, ColleaguePreviewController.class,
		YouSaidWeDidController.class, ServiceSurveyPages.class })
class ResidentPageModel {

	/**
	 * The pages where a resident types answers, and so is warned before the session ends.
	 */
	private static final Pattern FORM_PAGE = Pattern
		.compile("^/t/[^/]+/(feedback/[^/]+/(page/\\d+|contact|check)|survey/[^/]+(/equality)?)$");

	private final TenantBranding branding;

	private final SessionTimeouts timeouts;

	ResidentPageModel(TenantBranding branding, SessionTimeouts timeouts) {
		this.branding = branding;
		this.timeouts = timeouts;
	}

	@ModelAttribute
	void layout(HttpServletRequest request, Locale locale, org.springframework.ui.Model model) {
		String tenant = TenantContext.require().value();
		Branding branding = this.branding.current(locale);
		model.addAttribute("tenant", tenant);
		model.addAttribute("branding", branding);
		model.addAttribute("tenantName", branding.organisationName());
		model.addAttribute("startUrl", "/t/" + tenant + "/feedback");
		model.addAttribute("offersWelsh", branding.welsh());
		String path = request.getRequestURI().substring(request.getContextPath().length());
		model.addAttribute("currentPath", path);
		model.addAttribute("sessionTiming", FORM_PAGE.matcher(path).matches() ? this.timeouts.anonymousTiming() : null);
	}

}
