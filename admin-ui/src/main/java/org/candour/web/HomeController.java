package org.candour.web;

import java.security.Principal;

import org.candour.api.EndpointRoles;
import org.candour.tenancy.TenantManagement;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The landing page: which tenants exist, where the API lives, and who is signed in.
 */
@Controller
@EndpointRoles(EndpointRoles.PUBLIC)
class HomeController {

	private final TenantManagement tenants;

	HomeController(TenantManagement tenants) {
		this.tenants = tenants;
	}

	@GetMapping("/")
	String home(Principal signedIn, Model model) {
		model.addAttribute("tenants", this.tenants.list());
		model.addAttribute("signedIn", (signedIn != null) ? signedIn.getName() : null);
		return "home";
	}

}
