package org.candour.security;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.candour.tenancy.IdentityProvider;
import org.candour.tenancy.Tenant;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * What an identity may do in a tenant. Identities from the embedded authorization server
 * hold the roles of their membership of the tenant. Identities from the tenant's own
 * provider must come from that tenant's issuer (and, for browser sessions, its
 * registration; for bearer tokens, its audience, without which no bearer token is
 * accepted): they hold the roles their groups map to, plus the roles of their membership
 * (kept per issuer, so a membership never reaches a namesake of another issuer). Anything
 * else holds nothing. Groups also give the tenant's role documents that claim them; role
 * documents and base roles resolve through {@link TenantRoles}.
 */
@Component
class TenantGrants {

	private final ObjectProvider<EmbeddedIssuer> embedded;

	private final Memberships memberships;

	private final TenantRoles tenantRoles;

	TenantGrants(ObjectProvider<EmbeddedIssuer> embedded, Memberships memberships, TenantRoles tenantRoles) {
		this.embedded = embedded;
		this.memberships = memberships;
		this.tenantRoles = tenantRoles;
	}

	/** Must run in the tenant's context (memberships are tenant data). */
	Grant grant(Identity identity, Tenant tenant) {
		EmbeddedIssuer issuer = this.embedded.getIfAvailable();
		if (issuer != null && issuer.issued(identity.issuer())) {
			boolean embeddedLogin = identity.bearer() || EmbeddedIssuer.REGISTRATION.equals(identity.registration());
			return embeddedLogin ? membership(null, identity, Set.of()) : Grant.NONE;
		}
		IdentityProvider provider = tenant.identityProvider();
		if (provider == null || !provider.issuerUri().equals(identity.issuer())) {
			return Grant.NONE;
		}
		if (!identity.bearer()
				&& !TenantClientRegistrations.registrationOf(tenant.id()).equals(identity.registration())) {
			return Grant.NONE;
		}
		if (identity.bearer()
				&& (provider.audience() == null || !identity.strings("aud").contains(provider.audience()))) {
			return Grant.NONE;
		}
		List<String> groups = identity.strings(provider.claimOfRoles());
		Set<String> mapped = new HashSet<>(provider.rolesFor(groups));
		mapped.addAll(this.tenantRoles.ofGroups(groups));
		Grant grant = membership(provider.issuerUri(), identity, mapped);
		if (!grant.roles().isEmpty()) {
			identity.strings("email")
				.stream()
				.findFirst()
				.ifPresent(email -> this.memberships.recordEmail(provider.issuerUri(), identity.subject(), email));
		}
		return grant;
	}

	private Grant membership(String issuer, Identity identity, Set<String> mapped) {
		Optional<Membership> member = this.memberships.find(issuer, identity.subject());
		Set<String> roles = new HashSet<>(mapped);
		member.ifPresent(m -> roles.addAll(m.roles()));
		return this.tenantRoles.grant(roles, member.map(m -> Set.copyOf(m.orgUnits())).orElse(Set.of()));
	}

}
