package org.candour.web.resident;

import jakarta.servlet.http.HttpServletRequest;
import org.candour.tenancy.TenantContext;
import org.candour.tenancy.TenantManagement;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the resident layout needs on every page: the tenant's name (its branding), where
 * its start page is, and whether to offer the Welsh toggle.
 */
@ControllerAdvice(assignableTypes = { ResidentStartController.class, FeedbackJourneyController.class,
		FeedbackSubmissionController.class })
class ResidentPageModel {

	private final TenantManagement tenants;

	private final ResidentForms forms;

	ResidentPageModel(TenantManagement tenants, ResidentForms forms) {
		this.tenants = tenants;
		this.forms = forms;
	}

	@ModelAttribute
	void layout(HttpServletRequest request, org.springframework.ui.Model model) {
		String tenant = TenantContext.require().value();
		model.addAttribute("tenantName", this.tenants.find(tenant).map(found -> found.name()).orElse(tenant));
		model.addAttribute("startUrl", "/t/" + tenant + "/feedback");
		model.addAttribute("offersWelsh", this.forms.offersWelsh());
		model.addAttribute("currentPath", request.getRequestURI().substring(request.getContextPath().length()));
	}

}
