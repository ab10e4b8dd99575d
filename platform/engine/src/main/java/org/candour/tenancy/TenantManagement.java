package org.candour.tenancy;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.candour.api.ApiError;
import org.candour.api.Refusal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/** Registers tenants and changes their name, kind, division and status. */
@Service
public class TenantManagement {

	private final Tenants tenants;

	private final TenantDirectory directory;

	private final TenantCollectionSetup collections;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	TenantManagement(Tenants tenants, TenantDirectory directory, TenantCollectionSetup collections,
			ApplicationEventPublisher events, Optional<Clock> clock) {
		this.tenants = tenants;
		this.directory = directory;
		this.collections = collections;
		this.events = events;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	public Tenant create(NewTenant command) {
		Instant now = this.clock.instant();
		Tenant tenant = new Tenant(command.id(), command.name(), command.kind(), command.division(), command.status(),
				command.isolation(), now, now, command.identityProvider(), null);
		if (this.tenants.existsById(tenant.id())) {
			throw tenantExists(tenant.id());
		}
		refuseSharedAudience(tenant);
		if ("siloed".equals(tenant.isolation())) {
			this.collections.prepareSilo(new TenantId(tenant.id()));
		}
		Tenant saved;
		try {
			saved = this.tenants.save(tenant);
		}
		catch (DuplicateKeyException ex) {
			throw tenantExists(tenant.id());
		}
		this.directory.evict(saved.id());
		this.events.publishEvent(new TenantCreated(new TenantId(saved.id()), saved.asCurrent().isolation()));
		return saved;
	}

	public List<Tenant> list() {
		return this.tenants.findAllByOrderByIdAsc();
	}

	public Optional<Tenant> find(String id) {
		return TenantId.isValid(id) ? this.tenants.findById(id) : Optional.empty();
	}

	public Tenant get(String id) {
		return find(id).orElseThrow(() -> Refusal.notFound("No tenant '" + id + "'"));
	}

	public Tenant update(TenantChanges changes) {
		String id = changes.id();
		Tenant current = get(id);
		Tenant updated = new Tenant(current.id(), Objects.requireNonNullElse(changes.name(), current.name()),
				Objects.requireNonNullElse(changes.kind(), current.kind()),
				Objects.requireNonNullElse(changes.division(), current.division()),
				Objects.requireNonNullElse(changes.status(), current.status()), current.isolation(),
				current.createdAt(), this.clock.instant(),
				changes.changesIdentityProvider() ? changes.identityProvider() : current.identityProvider(),
				current.version());
		if (changes.changesIdentityProvider()) {
			refuseSharedAudience(updated);
		}
		try {
			Tenant saved = this.tenants.save(updated);
			this.directory.evict(id);
			this.events.publishEvent(new TenantUpdated(new TenantId(id)));
			return saved;
		}
		catch (OptimisticLockingFailureException ex) {
			throw Refusal.stale("Tenant '" + id + "' was changed by someone else; read it again and retry",
					java.util.Map.of());
		}
	}

	/**
	 * Two tenants may share an issuer only with different audiences: otherwise each would
	 * accept the other's bearer tokens.
	 */
	private void refuseSharedAudience(Tenant tenant) {
		IdentityProvider provider = tenant.identityProvider();
		if (provider == null) {
			return;
		}
		list().stream()
			.filter(other -> !other.id().equals(tenant.id()) && other.identityProvider() != null
					&& other.identityProvider().issuerUri().equals(provider.issuerUri())
					&& Objects.equals(other.identityProvider().audience(), provider.audience()))
			.findFirst()
			.ifPresent(other -> {
				throw Refusal.rulesBroken("The identity provider is not valid",
						List.of(new ApiError("/identityProvider/audience", "shared-audience",
								"Tenant '" + other.id() + "' already trusts this issuer with this audience; "
										+ "tenants sharing an issuer need different audiences")));
			});
	}

	private static Refusal tenantExists(String id) {
		return Refusal.stale("A tenant with id '" + id + "' already exists", java.util.Map.of("tenant", id));
	}

}
