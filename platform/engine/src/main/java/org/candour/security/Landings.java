package org.candour.security;

import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.candour.api.EndpointRoles;
import org.candour.tenancy.Tenant;
import org.candour.tenancy.TenantContext;
import org.candour.tenancy.TenantDirectory;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * Where a person lands once signed in: the page they were going to (the request saved
 * when they were sent to sign in), else where their roles in the tenant they signed in to
 * work: caseworkers (officer, manager, investigator, auditor) in the tenant's queues, an
 * equality analyst on the equality profile, a tenant administrator on the tenant's
 * administration page, a platform administrator on the platform page. Anyone else goes to
 * the queues, which tell them they have no access.
 */
@Component
class Landings extends SavedRequestAwareAuthenticationSuccessHandler {

	private static final Set<String> CASEWORK = Set.of(EndpointRoles.OFFICER, EndpointRoles.MANAGER,
			EndpointRoles.INVESTIGATOR, EndpointRoles.AUDITOR);

	private final TenantDirectory directory;

	private final TenantGrants grants;

	private final PlatformAdmins platformAdmins;

	Landings(TenantDirectory directory, TenantGrants grants, PlatformAdmins platformAdmins) {
		this.directory = directory;
		this.grants = grants;
		this.platformAdmins = platformAdmins;
	}

	@Override
	protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) {
		Optional<Identity> who = Identity.of(authentication);
		Optional<Tenant> tenant = who.flatMap(identity -> tenantOf(identity, request));
		Set<String> roles = tenant
			.map(found -> TenantContext.callAs(found.asCurrent(), () -> this.grants.grant(who.get(), found).roles()))
			.orElse(Set.of());
		if (tenant.isPresent() && roles.stream().anyMatch(CASEWORK::contains)) {
			return "/t/" + tenant.get().id() + "/work";
		}
		if (tenant.isPresent() && roles.contains(EndpointRoles.EQUALITY_ANALYST)) {
			return "/t/" + tenant.get().id() + "/equality";
		}
		if (tenant.isPresent() && roles.contains(EndpointRoles.TENANT_ADMIN)) {
			return "/t/" + tenant.get().id() + "/admin";
		}
		if (tenant.isPresent() && roles.contains(EndpointRoles.DATA_PROTECTION)) {
			return "/t/" + tenant.get().id() + "/admin/subject-access";
		}
		if (who.filter(this.platformAdmins::isPlatformAdmin).isPresent()) {
			return "/platform";
		}
		return tenant.map(found -> "/t/" + found.id() + "/work").orElse("/");
	}

	private Optional<Tenant> tenantOf(Identity who, HttpServletRequest request) {
		return Optional.ofNullable(who.registration())
			.flatMap(TenantClientRegistrations::tenantOf)
			.or(() -> SignInTenant.of(request))
			.flatMap(this.directory::find)
			.filter(found -> !found.suspended());
	}

}
