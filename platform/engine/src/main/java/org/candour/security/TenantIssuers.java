package org.candour.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.candour.tenancy.IdentityProvider;
import org.candour.tenancy.TenancySettings;
import org.candour.tenancy.Tenant;
import org.candour.tenancy.TenantCreated;
import org.candour.tenancy.TenantManagement;
import org.candour.tenancy.TenantUpdated;

import org.springframework.context.event.EventListener;

import org.springframework.stereotype.Component;

/**
 * The issuers tenants have configured as their identity providers, re-read after
 * {@code candour.tenancy.directory-refresh} (at once after a change on this instance).
 * Only these (and the embedded server) are ever contacted for keys.
 */
@Component
class TenantIssuers {

	private final TenantManagement tenants;

	private final TenancySettings settings;

	private final Clock clock = Clock.systemUTC();

	private volatile Snapshot snapshot = new Snapshot(Set.of(), Instant.MIN);

	TenantIssuers(TenantManagement tenants, TenancySettings settings) {
		this.tenants = tenants;
		this.settings = settings;
	}

	@EventListener({ TenantCreated.class, TenantUpdated.class })
	void forget() {
		this.snapshot = new Snapshot(Set.of(), Instant.MIN);
	}

	boolean trusts(String issuer) {
		Instant now = this.clock.instant();
		Snapshot current = this.snapshot;
		if (current.readAt().plus(this.settings.directoryRefresh()).isBefore(now)) {
			current = new Snapshot(this.tenants.list()
				.stream()
				.filter(tenant -> !tenant.suspended())
				.map(Tenant::identityProvider)
				.filter(Objects::nonNull)
				.map(IdentityProvider::issuerUri)
				.collect(Collectors.toUnmodifiableSet()), now);
			this.snapshot = current;
		}
		return current.issuers().contains(issuer);
	}

	private record Snapshot(Set<String> issuers, Instant readAt) {
	}

}
