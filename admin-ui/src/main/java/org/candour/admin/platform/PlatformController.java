package org.candour.admin.platform;

import org.candour.api.EndpointRoles;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The platform administrators' home page: the tenants on the platform. */
@Controller
@EndpointRoles(EndpointRoles.PLATFORM_ADMIN)
class PlatformController {

	private final TenantRows tenants;

	PlatformController(TenantRows tenants) {
		this.tenants = tenants;
	}

	@GetMapping(PlatformPaths.HOME)
	String home(Model model) {
		model.addAttribute("tenants", this.tenants.all());
		model.addAttribute("newTenantUrl", PlatformPaths.NEW_TENANT);
		return "admin/platform/tenants";
	}

}
