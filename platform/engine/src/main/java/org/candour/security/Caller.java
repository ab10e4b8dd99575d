package org.candour.security;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.candour.api.EndpointRoles;

/**
 * The signed-in caller as seen in the tenant of the request.
 *
 * @param name the user or client id recorded in history
 * @param platformAdmin whether the caller is a platform administrator
 * @param roles the caller's roles in the current tenant
 * @param orgUnits the org units (or teams) the caller belongs to in the current tenant
 */
record Caller(String name, boolean platformAdmin, Set<String> roles, Set<String> orgUnits) {

	private static final Set<String> SEE_EVERY_CASE = Set.of(EndpointRoles.TENANT_ADMIN, EndpointRoles.MANAGER,
			EndpointRoles.OFFICER, EndpointRoles.AUDITOR);

	Caller {
		roles = Set.copyOf(roles);
		orgUnits = Set.copyOf(orgUnits);
	}

	/** Tenant roles, plus {@code PLATFORM_ADMIN} for platform administrators. */
	Set<String> effectiveRoles() {
		if (!this.platformAdmin) {
			return this.roles;
		}
		Set<String> all = new HashSet<>(this.roles);
		all.add(EndpointRoles.PLATFORM_ADMIN);
		return Set.copyOf(all);
	}

	boolean hasAnyRole(Collection<String> wanted) {
		Set<String> held = effectiveRoles();
		return wanted.stream().anyMatch(held::contains);
	}

	/**
	 * An investigator without any role that sees every case works only the cases of their
	 * org units.
	 */
	boolean confinedToOrgUnits() {
		return this.roles.contains(EndpointRoles.INVESTIGATOR)
				&& this.roles.stream().noneMatch(SEE_EVERY_CASE::contains);
	}

}
