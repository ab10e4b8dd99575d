package org.candour.web;

import java.security.Principal;
import java.util.List;
import java.util.Set;

import org.candour.api.Actors;
import org.candour.api.EndpointRoles;
import org.candour.tenancy.TenantManagement;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The landing page: what the service is and where residents and staff find their
 * organisation's pages (each at its own address), links for developers, and who is signed
 * in. Only a signed-in platform administrator sees which tenants the platform has.
 */
@Controller
@EndpointRoles(EndpointRoles.PUBLIC)
class HomeController {

	private final TenantManagement tenants;

	private final Actors actors;

	HomeController(TenantManagement tenants, Actors actors) {
		this.tenants = tenants;
		this.actors = actors;
	}

	@GetMapping("/")
	String home(Principal signedIn, Model model) {
		boolean platformAdmin = this.actors.current().hasAnyRole(Set.of(EndpointRoles.PLATFORM_ADMIN));
		model.addAttribute("platformAdmin", platformAdmin);
		model.addAttribute("tenants", platformAdmin ? this.tenants.list() : List.of());
		model.addAttribute("signedIn", (signedIn != null) ? signedIn.getName() : null);
		return "home";
	}

}
