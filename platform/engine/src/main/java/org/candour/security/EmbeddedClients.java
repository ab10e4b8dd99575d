package org.candour.security;

import java.time.Duration;
import java.util.function.Supplier;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.util.function.SingletonSupplier;

/**
 * The embedded authorization server's clients: the machine client for scripts (client
 * credentials; platform administrator) and {@value #WEB}, the public browser client
 * (authorization code with PKCE) that Candour's own sign-in uses, in the demo only. Built
 * on first use, once the port (and so the redirect address) is known.
 */
class EmbeddedClients implements RegisteredClientRepository {

	static final String WEB = "candour-web";

	private final Supplier<InMemoryRegisteredClientRepository> clients;

	EmbeddedClients(EmbeddedAccounts accounts, Duration tokenLifetime, EmbeddedIssuer issuer) {
		this.clients = SingletonSupplier.of(() -> accounts.demo()
				? new InMemoryRegisteredClientRepository(machine(accounts, tokenLifetime),
						web(tokenLifetime, issuer.value()))
				: new InMemoryRegisteredClientRepository(machine(accounts, tokenLifetime)));
	}

	@Override
	public void save(RegisteredClient registeredClient) {
		this.clients.get().save(registeredClient);
	}

	@Override
	public RegisteredClient findById(String id) {
		return this.clients.get().findById(id);
	}

	@Override
	public RegisteredClient findByClientId(String clientId) {
		return this.clients.get().findByClientId(clientId);
	}

	private static RegisteredClient machine(EmbeddedAccounts accounts, Duration tokenLifetime) {
		return RegisteredClient.withId(accounts.clientId())
			.clientId(accounts.clientId())
			.clientSecret(PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(accounts.clientSecret()))
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
			.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
			.tokenSettings(TokenSettings.builder().accessTokenTimeToLive(tokenLifetime).build())
			.build();
	}

	private static RegisteredClient web(Duration tokenLifetime, String issuer) {
		return RegisteredClient.withId(WEB)
			.clientId(WEB)
			.clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri(issuer + "/login/oauth2/code/" + EmbeddedIssuer.REGISTRATION)
			.postLogoutRedirectUri(issuer + "/")
			.scope(OidcScopes.OPENID)
			.scope(OidcScopes.PROFILE)
			.clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
			.tokenSettings(TokenSettings.builder().accessTokenTimeToLive(tokenLifetime).build())
			.build();
	}

}
