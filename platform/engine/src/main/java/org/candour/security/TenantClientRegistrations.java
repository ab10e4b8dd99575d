package org.candour.security;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.candour.tenancy.IdentityProvider;
import org.candour.tenancy.Tenant;
import org.candour.tenancy.TenantDirectory;
import org.candour.tenancy.TenantId;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.stereotype.Component;

/**
 * The sign-in providers, looked up by registration id: {@code candour} is the embedded
 * authorization server in the demo (public client {@code candour-web} with PKCE; outside
 * the demo it signs no one in), {@code tenant-<id>} is that tenant's own identity
 * provider, read from its discovery document and rebuilt when the tenant's configuration
 * changes. The client secret is read from the environment variable the tenant names.
 */
@Component
class TenantClientRegistrations implements ClientRegistrationRepository {

	private static final String TENANT_PREFIX = "tenant-";

	private static final String REDIRECT = "{baseUrl}/login/oauth2/code/{registrationId}";

	private final TenantDirectory directory;

	private final ObjectProvider<EmbeddedIssuer> embedded;

	private final ObjectProvider<EmbeddedAccounts> accounts;

	private final Environment environment;

	private final Map<String, Built> built = new ConcurrentHashMap<>();

	TenantClientRegistrations(TenantDirectory directory, ObjectProvider<EmbeddedIssuer> embedded,
			ObjectProvider<EmbeddedAccounts> accounts, Environment environment) {
		this.directory = directory;
		this.embedded = embedded;
		this.accounts = accounts;
		this.environment = environment;
	}

	static String registrationOf(String tenant) {
		return TENANT_PREFIX + tenant;
	}

	static Optional<String> tenantOf(String registration) {
		return Optional.of(registration)
			.filter(id -> id.startsWith(TENANT_PREFIX))
			.map(id -> id.substring(TENANT_PREFIX.length()))
			.filter(TenantId::isValid);
	}

	/**
	 * Where a tenant's people sign in: its own provider, else (in the demo) the embedded
	 * server.
	 */
	Optional<String> registrationFor(Tenant tenant) {
		if (tenant.identityProvider() != null) {
			return Optional.of(registrationOf(tenant.id()));
		}
		return demoIssuer().map(issuer -> EmbeddedIssuer.REGISTRATION);
	}

	/**
	 * Where platform administrators sign in to pages: the embedded server, in the demo.
	 */
	Optional<String> platformRegistration() {
		return demoIssuer().map(issuer -> EmbeddedIssuer.REGISTRATION);
	}

	@Override
	public ClientRegistration findByRegistrationId(String registrationId) {
		if (EmbeddedIssuer.REGISTRATION.equals(registrationId)) {
			return demoIssuer().map(issuer -> embedded(issuer.value())).orElse(null);
		}
		return tenantOf(registrationId).flatMap(this.directory::find)
			.filter(tenant -> !tenant.suspended() && tenant.identityProvider() != null)
			.map(tenant -> this.built
				.compute(registrationId,
						(id, old) -> old != null && old.provider().equals(tenant.identityProvider()) ? old
								: new Built(tenant.identityProvider(), external(id, tenant.identityProvider())))
				.registration())
			.orElse(null);
	}

	private Optional<EmbeddedIssuer> demoIssuer() {
		EmbeddedAccounts demo = this.accounts.getIfAvailable();
		return demo != null && demo.demo() ? Optional.ofNullable(this.embedded.getIfAvailable()) : Optional.empty();
	}

	private ClientRegistration embedded(String issuer) {
		return ClientRegistration.withRegistrationId(EmbeddedIssuer.REGISTRATION)
			.clientId(EmbeddedClients.WEB)
			.clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri(issuer + "/login/oauth2/code/" + EmbeddedIssuer.REGISTRATION)
			.scope("openid", "profile")
			.authorizationUri(issuer + "/oauth2/authorize")
			.tokenUri(issuer + "/oauth2/token")
			.jwkSetUri(issuer + "/oauth2/jwks")
			.issuerUri(issuer)
			.userNameAttributeName(IdTokenClaimNames.SUB)
			.clientName("Candour demo sign-in")
			.build();
	}

	private ClientRegistration external(String registrationId, IdentityProvider provider) {
		String secret = provider.clientSecretEnv() == null ? null
				: this.environment.getProperty(provider.clientSecretEnv());
		return ClientRegistrations.fromIssuerLocation(provider.issuerUri())
			.registrationId(registrationId)
			.clientId(provider.clientId())
			.clientSecret(secret)
			.clientAuthenticationMethod(
					secret == null ? ClientAuthenticationMethod.NONE : ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.redirectUri(REDIRECT)
			.scope("openid", "profile", "email")
			.userNameAttributeName(IdTokenClaimNames.SUB)
			.build();
	}

	private record Built(IdentityProvider provider, ClientRegistration registration) {
	}

}
