package org.candour.admin.platform;

import java.util.List;

import org.candour.admin.AdminPaths;
import org.candour.api.EndpointRoles;
import org.candour.security.Membership;
import org.candour.security.Memberships;
import org.candour.tenancy.Tenant;
import org.candour.tenancy.TenantChanges;
import org.candour.tenancy.TenantContext;
import org.candour.tenancy.TenantManagement;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One tenant: its details, live configuration and administrators, what can be done to it,
 * and suspending or resuming it (each confirmed on a page of its own).
 */
@Controller
@EndpointRoles(EndpointRoles.PLATFORM_ADMIN)
class TenantPageController {

	private final TenantManagement tenants;

	private final TenantRows rows;

	private final Memberships memberships;

	TenantPageController(TenantManagement tenants, TenantRows rows, Memberships memberships) {
		this.tenants = tenants;
		this.rows = rows;
		this.memberships = memberships;
	}

	@GetMapping("/platform/tenants/{id}")
	String tenant(@PathVariable String id, Model model) {
		Tenant tenant = this.tenants.get(id);
		List<String> administrators = TenantContext.callAs(tenant.asCurrent(),
				() -> this.memberships.list()
					.stream()
					.filter(member -> member.roles().contains(EndpointRoles.TENANT_ADMIN))
					.map(TenantPageController::named)
					.toList());
		model.addAttribute("tenant", this.rows.get(id));
		model.addAttribute("administrators", administrators);
		model.addAttribute("ownProvider", tenant.identityProvider() != null);
		model.addAttribute("adminUrl", AdminPaths.home(id));
		model.addAttribute("deployUrl", PlatformPaths.deploy(id));
		model.addAttribute("appointUrl", PlatformPaths.administrators(id));
		model.addAttribute("statusUrl", PlatformPaths.tenant(id) + (tenant.suspended() ? "/resume" : "/suspend"));
		return "admin/platform/tenant";
	}

	@GetMapping("/platform/tenants/{id}/suspend")
	String suspend(@PathVariable String id, Model model) {
		return confirm(id, true, model);
	}

	@GetMapping("/platform/tenants/{id}/resume")
	String resume(@PathVariable String id, Model model) {
		return confirm(id, false, model);
	}

	@PostMapping("/platform/tenants/{id}/suspend")
	String suspended(@PathVariable String id, RedirectAttributes redirect) {
		return change(id, Tenant.SUSPENDED, " has been suspended", redirect);
	}

	@PostMapping("/platform/tenants/{id}/resume")
	String resumed(@PathVariable String id, RedirectAttributes redirect) {
		return change(id, Tenant.ACTIVE, " has been resumed", redirect);
	}

	private String confirm(String id, boolean suspending, Model model) {
		model.addAttribute("tenant", this.rows.get(id));
		model.addAttribute("suspending", suspending);
		model.addAttribute("actionUrl", PlatformPaths.tenant(id) + (suspending ? "/suspend" : "/resume"));
		model.addAttribute("tenantUrl", PlatformPaths.tenant(id));
		return "admin/platform/status";
	}

	private String change(String id, String status, String done, RedirectAttributes redirect) {
		Tenant tenant = this.tenants.get(id);
		this.tenants.update(new TenantChanges(id, null, null, null, status, false, null));
		redirect.addFlashAttribute("done", tenant.name() + done);
		return "redirect:" + PlatformPaths.tenant(id);
	}

	private static String named(Membership member) {
		return member.issuer() == null ? member.user() : member.user() + " (" + member.issuer() + ")";
	}

}
