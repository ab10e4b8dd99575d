package org.candour.api;

import java.util.Set;

/**
 * Who is making the current change, for history, audit and role checks. The security
 * module provides the bean: the signed-in caller with their roles in the current tenant.
 * Without it (an application context without security) every caller is
 * {@value #UNAUTHENTICATED} with every role.
 */
public interface Actors {

	String UNAUTHENTICATED = "unauthenticated";

	Set<String> ALL_ROLES = Set.of(EndpointRoles.PLATFORM_ADMIN, EndpointRoles.TENANT_ADMIN, EndpointRoles.MANAGER,
			EndpointRoles.OFFICER, EndpointRoles.INVESTIGATOR, EndpointRoles.AUDITOR, EndpointRoles.EQUALITY_ANALYST,
			EndpointRoles.DATA_PROTECTION);

	Actor current();

	/**
	 * @param name the user (or client) id recorded in history
	 * @param roles the caller's roles in the current tenant
	 */
	record Actor(String name, Set<String> roles) {

		public static Actor system(String name) {
			return new Actor(name, ALL_ROLES);
		}

		public boolean hasAnyRole(java.util.Collection<String> wanted) {
			return wanted.stream().anyMatch(this.roles::contains);
		}

	}

}
