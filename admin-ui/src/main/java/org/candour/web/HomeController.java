package org.candour.web;

import org.candour.api.EndpointRoles;
import org.candour.tenancy.TenantManagement;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The landing page: which tenants exist and where the API lives. */
@Controller
@EndpointRoles(EndpointRoles.PUBLIC)
class HomeController {

	private final TenantManagement tenants;

	HomeController(TenantManagement tenants) {
		this.tenants = tenants;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("tenants", this.tenants.list());
		return "home";
	}

}
