package org.candour.web.resident;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.candour.tenancy.TenantContext;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the resident layout needs on every page: the tenant's branding (name, colour,
 * logo, footer links), where its start page is, and whether to offer the Welsh toggle.
 */
@ControllerAdvice(assignableTypes = { ResidentStartController.class, FeedbackJourneyController.class,
		FeedbackSubmissionController.class, TrackingController.class, FindCaseController.class })
class ResidentPageModel {

	private final TenantBranding branding;

	ResidentPageModel(TenantBranding branding) {
		this.branding = branding;
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
		model.addAttribute("currentPath", request.getRequestURI().substring(request.getContextPath().length()));
	}

}
