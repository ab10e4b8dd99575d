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
 * @param email where staff notifications to the member go: given through the member API,
 * the demo account's, or the {@code email} claim of the member's tokens from the tenant's
 * identity provider (recorded when they sign in); absent when none is known
 */
public record Membership(String user, List<String> roles, List<String> orgUnits,
		@JsonInclude(JsonInclude.Include.NON_NULL) String issuer,
		@JsonInclude(JsonInclude.Include.NON_NULL) String email) {

	public Membership {
		roles = roles == null ? List.of() : List.copyOf(roles);
		orgUnits = orgUnits == null ? List.of() : List.copyOf(orgUnits);
		email = email == null || email.isBlank() ? null : email.strip();
	}

	public Membership(String user, List<String> roles, List<String> orgUnits, String issuer) {
		this(user, roles, orgUnits, issuer, null);
	}

}
