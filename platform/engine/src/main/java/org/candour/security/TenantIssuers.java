package org.candour.security;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.candour.tenancy.TenancySettings;
import org.candour.tenancy.Tenant;
import org.candour.tenancy.TenantCreated;
import org.candour.tenancy.TenantManagement;
import org.candour.tenancy.TenantUpdated;

import org.springframework.context.event.EventListener;

import org.springframework.stereotype.Component;

/**
 * The issuers tenants have configured as their identity providers, with the audiences
 * their tokens must name for the API, re-read after
 * {@code candour.tenancy.directory-refresh} (at once after a change on this instance).
 * Only these (and the embedded server) are ever contacted for keys.
 */
@Component
class TenantIssuers {

	private final TenantManagement tenants;

	private final TenancySettings settings;

	private final Clock clock = Clock.systemUTC();

	private volatile Snapshot snapshot = new Snapshot(Map.of(), Instant.MIN);

	TenantIssuers(TenantManagement tenants, TenancySettings settings) {
		this.tenants = tenants;
		this.settings = settings;
	}

	@EventListener({ TenantCreated.class, TenantUpdated.class })
	void forget() {
		this.snapshot = new Snapshot(Map.of(), Instant.MIN);
	}

	boolean trusts(String issuer) {
		return current().audiences().containsKey(issuer);
	}

	/**
	 * The audiences configured for {@code issuer} by the tenants that trust it (none for
	 * a tenant configured before audiences were required).
	 */
	Set<String> audiencesOf(String issuer) {
		return current().audiences().getOrDefault(issuer, Set.of());
	}

	private Snapshot current() {
		Instant now = this.clock.instant();
		Snapshot current = this.snapshot;
		if (current.readAt().plus(this.settings.directoryRefresh()).isBefore(now)) {
			Map<String, Set<String>> audiences = new HashMap<>();
			this.tenants.list()
				.stream()
				.filter(tenant -> !tenant.suspended())
				.map(Tenant::identityProvider)
				.filter(Objects::nonNull)
				.forEach(provider -> audiences.merge(provider.issuerUri(),
						provider.audience() == null ? Set.of() : Set.of(provider.audience()), TenantIssuers::union));
			current = new Snapshot(Map.copyOf(audiences), now);
			this.snapshot = current;
		}
		return current;
	}

	private static Set<String> union(Set<String> one, Set<String> other) {
		return Stream.concat(one.stream(), other.stream()).collect(Collectors.toUnmodifiableSet());
	}

	private record Snapshot(Map<String, Set<String>> audiences, Instant readAt) {
	}

}
