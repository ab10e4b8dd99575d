package org.candour.security;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.candour.api.EndpointRoles;
import org.candour.cases.CaseScope;

/**
 * The signed-in caller as seen in the tenant of the request.
 *
 * @param name the user or client id recorded in history
 * @param platformAdmin whether the caller is a platform administrator
 * @param roles the caller's roles in the current tenant: base roles, and the ids of the
 * custom roles held
 * @param reaches the cases the caller's roles admit (see {@link TenantRoles}); empty for
 * every case
 * @param orgUnits the org units (or teams) the caller belongs to in the current tenant
 */
record Caller(String name, boolean platformAdmin, Set<String> roles, Set<String> orgUnits,
		Optional<List<CaseScope.Reach>> reaches) {

	Caller {
		roles = Set.copyOf(roles);
		orgUnits = Set.copyOf(orgUnits);
	}

	/** A caller who sees every case their roles let them reach by endpoint. */
	Caller(String name, boolean platformAdmin, Set<String> roles, Set<String> orgUnits) {
		this(name, platformAdmin, roles, orgUnits, Optional.empty());
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

}
