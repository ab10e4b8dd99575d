package org.candour.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.stereotype.Component;

/**
 * Chooses how to verify a bearer token by its issuer: the embedded authorization server
 * (its own keys), or a tenant's configured identity provider (keys from its discovery
 * document). Any other issuer is untrusted and its token rejected. Whether the verified
 * token may act in the tenant of the URL is decided afterwards, by {@link TenantGrants}.
 */
@Component
class IssuerAuthentication implements AuthenticationManagerResolver<String> {

	private static final Logger log = LoggerFactory.getLogger(IssuerAuthentication.class);

	private final ObjectProvider<EmbeddedIssuer> embedded;

	private final ObjectProvider<JWKSource<SecurityContext>> keys;

	private final TenantIssuers tenants;

	private final Map<String, AuthenticationManager> managers = new ConcurrentHashMap<>();

	IssuerAuthentication(ObjectProvider<EmbeddedIssuer> embedded, ObjectProvider<JWKSource<SecurityContext>> keys,
			TenantIssuers tenants) {
		this.embedded = embedded;
		this.keys = keys;
		this.tenants = tenants;
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
		if (!this.tenants.trusts(issuer)) {
			return null;
		}
		try {
			return this.managers.computeIfAbsent(issuer,
					trusted -> manager(NimbusJwtDecoder.withIssuerLocation(trusted).build()));
		}
		catch (RuntimeException ex) {
			log.warn("Cannot verify tokens of issuer {}: {}", issuer, ex.toString());
			return null;
		}
	}

	private JwtDecoder embeddedDecoder(String issuer) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(this.keys.getObject()).build();
		decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(issuer));
		return decoder;
	}

	private static AuthenticationManager manager(JwtDecoder decoder) {
		return new ProviderManager(new JwtAuthenticationProvider(decoder));
	}

}
