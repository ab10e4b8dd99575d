package org.candour.admin;

import org.candour.api.Actors;
import org.candour.api.EndpointRoles;
import org.candour.tenancy.TenantManagement;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The platform administrators' page: the tenants on the platform, and what they can do
 * through the API and the pack command line (there are no other platform pages yet).
 */
@Controller
@EndpointRoles(EndpointRoles.PLATFORM_ADMIN)
class PlatformController {

	private final TenantManagement tenants;

	private final Actors actors;

	PlatformController(TenantManagement tenants, Actors actors) {
		this.tenants = tenants;
		this.actors = actors;
	}

	@GetMapping("/platform")
	String home(Model model) {
		model.addAttribute("tenants", this.tenants.list());
		model.addAttribute("serviceName", "Candour platform");
		model.addAttribute("homeUrl", "/platform");
		model.addAttribute("signedIn", this.actors.current().name());
		return "admin/platform";
	}

}
