package org.candour.security;

import java.util.List;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * Shapes the embedded server's tokens: the issuer is always the canonical
 * {@link EmbeddedIssuer} (whatever host name the request used), access tokens (and only
 * they) are for the API's audience {@value EmbeddedIssuer#API_AUDIENCE}, and the platform
 * administrator ({@value DemoAccounts#PLATFORM_ADMIN} or the machine client) carries
 * {@code candour_platform_admin: true}.
 */
class CandourTokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

	private final EmbeddedIssuer issuer;

	private final String machineClient;

	CandourTokenClaims(EmbeddedIssuer issuer, String machineClient) {
		this.issuer = issuer;
		this.machineClient = machineClient;
	}

	@Override
	public void customize(JwtEncodingContext context) {
		context.getClaims().issuer(this.issuer.value());
		if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
			context.getClaims().audience(List.of(EmbeddedIssuer.API_AUDIENCE));
		}
		boolean machine = AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())
				&& this.machineClient.equals(context.getRegisteredClient().getClientId());
		boolean admin = context.getPrincipal() instanceof UsernamePasswordAuthenticationToken user
				&& DemoAccounts.PLATFORM_ADMIN.equals(user.getName());
		if (machine || admin) {
			context.getClaims().claim(Identity.PLATFORM_ADMIN_CLAIM, true);
		}
	}

}
