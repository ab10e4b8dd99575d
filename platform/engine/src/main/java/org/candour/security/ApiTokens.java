package org.candour.security;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * What the API accepts from an issuer: access tokens naming one of the audiences the API
 * answers to for that issuer, and never an ID token, whatever its audience (an ID token
 * tells a client who signed in; it grants nothing). ID tokens are recognised by
 * {@code nonce} (OpenID Connect), {@code typ: ID} (Keycloak) or {@code token_use: id}
 * (Cognito).
 */
final class ApiTokens implements OAuth2TokenValidator<Jwt> {

	private final Supplier<Set<String>> audiences;

	ApiTokens(Supplier<Set<String>> audiences) {
		this.audiences = audiences;
	}

	@Override
	public OAuth2TokenValidatorResult validate(Jwt token) {
		if (isIdToken(token)) {
			return refused("An ID token is not an access token");
		}
		List<String> audience = token.getAudience();
		Set<String> accepted = this.audiences.get();
		if (audience == null || audience.stream().noneMatch(accepted::contains)) {
			return refused("The token is not for this API (aud)");
		}
		return OAuth2TokenValidatorResult.success();
	}

	private static boolean isIdToken(Jwt token) {
		return token.hasClaim("nonce") || "ID".equalsIgnoreCase(token.getClaimAsString("typ"))
				|| "id".equalsIgnoreCase(token.getClaimAsString("token_use"));
	}

	private static OAuth2TokenValidatorResult refused(String description) {
		return OAuth2TokenValidatorResult.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, description, null));
	}

}
