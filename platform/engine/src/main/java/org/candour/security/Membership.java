package org.candour.security;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A user's membership of the current tenant: the roles they hold in it and, for
 * investigators, the org units whose cases they work. A user is who an issuer says: the
 * same {@code sub} from another issuer is someone else.
 *
 * @param user the user id (the token's subject)
 * @param roles tenant roles (never {@code PLATFORM_ADMIN})
 * @param orgUnits org units (or teams) the user belongs to
 * @param issuer the issuer of the user's tokens; absent for users of the embedded
 * authorization server
 */
public record Membership(String user, List<String> roles, List<String> orgUnits,
		@JsonInclude(JsonInclude.Include.NON_NULL) String issuer) {

	public Membership {
		roles = roles == null ? List.of() : List.copyOf(roles);
		orgUnits = orgUnits == null ? List.of() : List.copyOf(orgUnits);
	}

}
