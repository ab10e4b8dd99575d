package org.candour.security;

import org.candour.api.ApiException;
import org.candour.api.EndpointRoles;
import org.candour.tenancy.TenantContext;
import org.candour.tenancy.TenantDirectory;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The sign-in entry point of a tenant's people: redirects to the tenant's own identity
 * provider, or to the embedded authorization server.
 */
@Controller
@EndpointRoles(EndpointRoles.PUBLIC)
class TenantLoginController {

	private final TenantDirectory directory;

	private final TenantClientRegistrations registrations;

	TenantLoginController(TenantDirectory directory, TenantClientRegistrations registrations) {
		this.directory = directory;
		this.registrations = registrations;
	}

	@GetMapping("/t/{tenant}/login")
	String login(@PathVariable String tenant) {
		String current = TenantContext.require().value();
		return this.directory.find(current)
			.flatMap(this.registrations::registrationFor)
			.map(registration -> "redirect:/oauth2/authorization/" + registration)
			.orElseThrow(() -> ApiException.notFound("Tenant '" + tenant + "' has no sign-in configured"));
	}

}
