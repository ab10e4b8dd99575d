package org.candour.tenancy;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Answers "which tenant is this, and may it be served?" on every request without a
 * database round trip each time: entries are re-read after
 * {@code candour.tenancy.directory-refresh}, so a change made on another instance takes
 * effect within that time; changes made here evict at once.
 */
@Component
public class TenantDirectory {

	private final Tenants tenants;

	private final TenancySettings settings;

	private final Clock clock;

	private final Map<String, Entry> cache = new ConcurrentHashMap<>();

	TenantDirectory(Tenants tenants, TenancySettings settings, Optional<Clock> clock) {
		this.tenants = tenants;
		this.settings = settings;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	public Optional<Tenant> find(String id) {
		if (!TenantId.isValid(id)) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		Entry entry = this.cache.get(id);
		if (entry == null || entry.readAt.plus(this.settings.directoryRefresh()).isBefore(now)) {
			entry = new Entry(this.tenants.findById(id), now);
			this.cache.put(id, entry);
		}
		return entry.tenant;
	}

	void evict(String id) {
		this.cache.remove(id);
	}

	private record Entry(Optional<Tenant> tenant, Instant readAt) {
	}

}
