package org.candour.security;

import jakarta.servlet.http.HttpServletRequest;
import org.candour.api.Refusal;
import org.candour.api.EndpointRoles;
import org.candour.tenancy.TenantContext;
import org.candour.tenancy.TenantDirectory;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The sign-in entry points: a tenant's people are sent to the tenant's own identity
 * provider, or to the embedded authorization server (remembering the tenant, see
 * {@link SignInTenant}); platform administrators sign in to the platform pages through
 * the embedded server, in the demo.
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
	String login(@PathVariable String tenant, HttpServletRequest request) {
		String current = TenantContext.require().value();
		String registration = this.directory.find(current)
			.flatMap(this.registrations::registrationFor)
			.orElseThrow(() -> Refusal.notFound("Tenant '" + tenant + "' has no sign-in configured"));
		SignInTenant.remember(request, current);
		return "redirect:/oauth2/authorization/" + registration;
	}

	@GetMapping("/platform/login")
	String platformLogin(HttpServletRequest request) {
		String registration = this.registrations.platformRegistration()
			.orElseThrow(() -> Refusal.notFound("Platform administrators sign in with bearer tokens here"));
		SignInTenant.forget(request);
		return "redirect:/oauth2/authorization/" + registration;
	}

}
