package org.candour.security;

import java.util.List;

/**
 * A user's membership of the current tenant: the roles they hold in it and, for
 * investigators, the org units whose cases they work.
 *
 * @param user the user id (the token's subject)
 * @param roles tenant roles (never {@code PLATFORM_ADMIN})
 * @param orgUnits org units (or teams) the user belongs to
 */
public record Membership(String user, List<String> roles, List<String> orgUnits) {

	public Membership {
		roles = roles == null ? List.of() : List.copyOf(roles);
		orgUnits = orgUnits == null ? List.of() : List.copyOf(orgUnits);
	}

}
