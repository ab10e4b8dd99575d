package org.candour.admin;

import org.candour.api.Actors;
import org.candour.api.EndpointRoles;
import org.candour.tenancy.TenantContext;
import org.candour.tenancy.TenantManagement;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * A tenant administrator's home: there are no administration pages yet, so it says so and
 * what they can do, and where (the API, configuration packs).
 */
@Controller
@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.PLATFORM_ADMIN })
class TenantAdminController {

	private final TenantManagement tenants;

	private final Actors actors;

	TenantAdminController(TenantManagement tenants, Actors actors) {
		this.tenants = tenants;
		this.actors = actors;
	}

	@GetMapping("/t/{tenant}/admin")
	String home(Model model) {
		String tenant = TenantContext.require().value();
		String name = this.tenants.find(tenant).map(found -> found.name()).orElse(tenant);
		model.addAttribute("tenant", tenant);
		model.addAttribute("serviceName", name);
		model.addAttribute("homeUrl", "/t/" + tenant + "/admin");
		model.addAttribute("signedIn", this.actors.current().name());
		return "admin/tenant-admin";
	}

}
