package org.candour.security;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.stereotype.Component;

/**
 * Chooses how to verify a bearer token by its issuer: the embedded authorization server
 * (its own keys), or a tenant's configured identity provider or the platform's (keys from
 * its discovery document). Any other issuer is untrusted and its token rejected, and so
 * is any token that is not an access token for an audience the API answers to for its
 * issuer ({@link ApiTokens}). Whether the verified token may act in the tenant of the URL
 * is decided afterwards, by {@link TenantGrants}.
 */
@Component
class IssuerAuthentication implements AuthenticationManagerResolver<String> {

	private static final Logger log = LoggerFactory.getLogger(IssuerAuthentication.class);

	private final ObjectProvider<EmbeddedIssuer> embedded;

	private final ObjectProvider<JWKSource<SecurityContext>> keys;

	private final TenantIssuers tenants;

	private final PlatformAdmins platformAdmins;

	private final Map<String, AuthenticationManager> managers = new ConcurrentHashMap<>();

	IssuerAuthentication(ObjectProvider<EmbeddedIssuer> embedded, ObjectProvider<JWKSource<SecurityContext>> keys,
			TenantIssuers tenants, PlatformAdmins platformAdmins) {
		this.embedded = embedded;
		this.keys = keys;
		this.tenants = tenants;
		this.platformAdmins = platformAdmins;
	}

	@Override
	public AuthenticationManager resolve(String issuer) {
		if (issuer == null) {
			return null;
		}
		EmbeddedIssuer own = this.embedded.getIfAvailable();
		if (own != null && own.issued(issuer)) {
			return this.managers.computeIfAbsent(issuer, trusted -> manager(embeddedDecoder(trusted)));
		}
		if (!this.tenants.trusts(issuer) && this.platformAdmins.audienceOf(issuer).isEmpty()) {
			return null;
		}
		try {
			return this.managers.computeIfAbsent(issuer, trusted -> manager(externalDecoder(trusted)));
		}
		catch (RuntimeException ex) {
			log.warn("Cannot verify tokens of issuer {}: {}", issuer, ex.toString());
			return null;
		}
	}

	private JwtDecoder embeddedDecoder(String issuer) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(this.keys.getObject()).build();
		decoder.setJwtValidator(validator(issuer, () -> Set.of(EmbeddedIssuer.API_AUDIENCE)));
		return decoder;
	}

	private JwtDecoder externalDecoder(String issuer) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(issuer).build();
		decoder.setJwtValidator(validator(issuer, () -> audiences(issuer)));
		return decoder;
	}

	/** The audiences of the tenants that trust {@code issuer}, and of the platform's. */
	private Set<String> audiences(String issuer) {
		Set<String> audiences = new HashSet<>(this.tenants.audiencesOf(issuer));
		this.platformAdmins.audienceOf(issuer).ifPresent(audiences::add);
		return audiences;
	}

	private static OAuth2TokenValidator<Jwt> validator(String issuer, Supplier<Set<String>> audiences) {
		return new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(issuer),
				new ApiTokens(audiences));
	}

	private static AuthenticationManager manager(JwtDecoder decoder) {
		return new ProviderManager(new JwtAuthenticationProvider(decoder));
	}

}
