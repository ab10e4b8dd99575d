package org.candour.security;

import java.util.List;
import java.util.regex.Pattern;

import org.candour.api.ApiError;
import org.candour.api.Refusal;
import org.candour.tenancy.IdentityProvider;
import org.candour.tenancy.Tenant;
import org.candour.tenancy.TenantContext;
import org.candour.tenancy.TenantDirectory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Whose users the current tenant's members are: the issuer named, else the tenant's own
 * identity provider, else the embedded authorization server ({@code null}); and whether a
 * user of the embedded server can sign in at all (it knows only its demo users and its
 * machine client).
 */
@Component
public class MemberIssuers {

	private static final Pattern USER = Pattern.compile("^[A-Za-z0-9._@+|:-]{1,200}$");

	private final TenantDirectory directory;

	private final ObjectProvider<EmbeddedIssuer> embedded;

	private final ObjectProvider<EmbeddedAccounts> accounts;

	MemberIssuers(TenantDirectory directory, ObjectProvider<EmbeddedIssuer> embedded,
			ObjectProvider<EmbeddedAccounts> accounts) {
		this.directory = directory;
		this.embedded = embedded;
		this.accounts = accounts;
	}

	/** Whether {@code user} is a well-formed user id (a {@code sub}). */
	public static boolean isUserId(String user) {
		return user != null && USER.matcher(user).matches();
	}

	/**
	 * The issuer of a membership ({@code null}: the embedded server). New memberships may
	 * only be for the tenant's provider or the embedded server; old ones of a provider
	 * the tenant has since left may still be removed.
	 */
	public String issuerOf(String given, boolean forNewMembership) {
		IdentityProvider provider = provider();
		EmbeddedIssuer own = this.embedded.getIfAvailable();
		if (given == null) {
			if (provider != null) {
				return provider.issuerUri();
			}
			if (own != null) {
				return null;
			}
		}
		else if (own != null && own.issued(given)) {
			return null;
		}
		else if (!forNewMembership || provider != null && provider.issuerUri().equals(given)) {
			return given;
		}
		throw Refusal.rulesBroken("No such issuer for this tenant",
				List.of(new ApiError("/issuer", "unknown-issuer", "Members are users of the tenant's identity provider"
						+ (own != null ? " or of the embedded authorization server (" + own.value() + ")" : ""))));
	}

	/**
	 * Whether {@code user} of the embedded authorization server can get a token from it:
	 * one of its demo users (in the demo) or its machine client. It has no other users.
	 */
	public boolean signsInToTheEmbeddedServer(String user) {
		EmbeddedAccounts known = this.accounts.getIfAvailable();
		if (known == null) {
			return false;
		}
		return known.clientId().equals(user) || known.demo() && DemoAccounts.usernames().contains(user);
	}

	/** The current tenant's own identity provider, if it has one. */
	public IdentityProvider provider() {
		return this.directory.find(TenantContext.require().value()).map(Tenant::identityProvider).orElse(null);
	}

}
