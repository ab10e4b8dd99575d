package org.candour.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.ClaimAccessor;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who a verified bearer token or OIDC sign-in says the caller is.
 *
 * @param subject the {@code sub} claim
 * @param issuer the {@code iss} claim
 * @param registration for a browser sign-in, the sign-in provider's registration id (null
 * for bearer tokens)
 * @param claims the verified token's claims
 */
record Identity(String subject, String issuer, String registration, ClaimAccessor claims) {

	static final String PLATFORM_ADMIN_CLAIM = "candour_platform_admin";

	static Optional<Identity> of(Authentication authentication) {
		if (authentication instanceof JwtAuthenticationToken bearer) {
			Jwt jwt = bearer.getToken();
			return Optional.of(new Identity(jwt.getSubject(), jwt.getClaimAsString("iss"), null, jwt));
		}
		if (authentication instanceof OAuth2AuthenticationToken login
				&& login.getPrincipal() instanceof OidcUser user) {
			return Optional.of(new Identity(user.getSubject(), user.getIdToken().getClaimAsString("iss"),
					login.getAuthorizedClientRegistrationId(), user.getIdToken()));
		}
		return Optional.empty();
	}

	boolean bearer() {
		return this.registration == null;
	}

	boolean claimsPlatformAdmin() {
		return Boolean.TRUE.equals(this.claims.getClaims().get(PLATFORM_ADMIN_CLAIM));
	}

	/**
	 * The string values of a claim, given by name or as a dotted path into nested objects
	 * (e.g. Keycloak's {@code realm_access.roles}).
	 */
	List<String> strings(String claim) {
		Object value = this.claims.getClaims().get(claim);
		if (value == null && claim.contains(".")) {
			value = this.claims.getClaims();
			for (String part : claim.split("\\.")) {
				value = value instanceof Map<?, ?> map ? map.get(part) : null;
			}
		}
		if (value instanceof Collection<?> values) {
			return values.stream().map(String::valueOf).toList();
		}
		return value == null ? List.of() : List.of(String.valueOf(value));
	}

}
