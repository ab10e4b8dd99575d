package org.candour.admin.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.candour.admin.PageProblem;
import org.candour.api.Actors;
import org.candour.api.EndpointRoles;
import org.candour.api.Refusal;
import org.candour.security.MemberIssuers;
import org.candour.security.Membership;
import org.candour.security.Memberships;
import org.candour.tenancy.IdentityProvider;
import org.candour.tenancy.Tenant;
import org.candour.tenancy.TenantContext;
import org.candour.tenancy.TenantManagement;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Appointing a tenant administrator: a user of the tenant's own identity provider, or,
 * for a tenant without one, of Candour's own sign-in server, who then has TENANT_ADMIN in
 * the tenant (besides any roles they had there). A user Candour's own sign-in server does
 * not know is refused: they could never sign in.
 */
@Controller
@EndpointRoles(EndpointRoles.PLATFORM_ADMIN)
class AdministratorController {

	private final TenantManagement tenants;

	private final Memberships memberships;

	private final MemberIssuers issuers;

	private final Actors actors;

	AdministratorController(TenantManagement tenants, Memberships memberships, MemberIssuers issuers, Actors actors) {
		this.tenants = tenants;
		this.memberships = memberships;
		this.issuers = issuers;
		this.actors = actors;
	}

	@GetMapping("/platform/tenants/{id}/administrators/new")
	String form(@PathVariable String id, Model model) {
		return show(this.tenants.get(id), "", List.of(), model);
	}

	@PostMapping("/platform/tenants/{id}/administrators/new")
	String appoint(@PathVariable String id, @RequestParam(defaultValue = "") String user, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Tenant tenant = this.tenants.get(id);
		String who = user.trim();
		Optional<PageProblem> problem = TenantContext.callAs(tenant.asCurrent(), () -> appointed(who));
		if (problem.isPresent()) {
			return NewTenantController.refused(response, show(tenant, user, List.of(problem.get()), model));
		}
		redirect.addFlashAttribute("done", who + " is now a tenant administrator of " + tenant.name()
				+ ". They sign in at /t/" + tenant.id() + "/login");
		return "redirect:" + PlatformPaths.tenant(id);
	}

	/** Appoints {@code user} in the current tenant; the problem if they cannot be. */
	private Optional<PageProblem> appointed(String user) {
		if (user.isEmpty()) {
			return Optional.of(new PageProblem("user", "Enter the user id of the new administrator"));
		}
		if (!MemberIssuers.isUserId(user)) {
			return Optional.of(new PageProblem("user",
					"Enter a user id of up to 200 letters, digits and the characters . _ @ + | : -"));
		}
		String issuer;
		try {
			issuer = this.issuers.issuerOf(null, true);
		}
		catch (Refusal refusal) {
			return Optional.of(new PageProblem("user",
					"This tenant has no way to sign in yet: give it an identity " + "provider through the API first"));
		}
		if (issuer == null && !this.issuers.signsInToTheEmbeddedServer(user)) {
			return Optional.of(new PageProblem("user", "No one can sign in as " + user
					+ ": Candour's own sign-in server knows only its own accounts. Enter one of them, or give the "
					+ "tenant its own identity provider"));
		}
		Optional<Membership> current = this.memberships.find(issuer, user);
		List<String> roles = new ArrayList<>(current.map(Membership::roles).orElse(List.of()));
		roles.add(EndpointRoles.TENANT_ADMIN);
		this.memberships.put(issuer, user, roles, current.map(Membership::orgUnits).orElse(List.of()),
				this.actors.current().name());
		return Optional.empty();
	}

	private String show(Tenant tenant, String user, List<PageProblem> problems, Model model) {
		IdentityProvider provider = tenant.identityProvider();
		model.addAttribute("tenant", tenant);
		model.addAttribute("tenantUrl", PlatformPaths.tenant(tenant.id()));
		model.addAttribute("actionUrl", PlatformPaths.administrators(tenant.id()));
		model.addAttribute("user", user);
		model.addAttribute("hint",
				provider != null
						? "Their user id (the sub claim) at the tenant's identity provider, " + provider.issuerUri()
						: "Their user name on Candour's own sign-in server, like tenant-admin@demo-county");
		model.addAttribute("errors", problems);
		return "admin/platform/administrator";
	}

}
