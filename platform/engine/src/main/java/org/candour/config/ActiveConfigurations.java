package org.candour.config;

import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.candour.api.Refusal;
import org.candour.tenancy.TenantContext;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * The configuration the engines run on, cached per tenant. A cached active version is
 * trusted for {@code candour.config.active-refresh}; after that one read of the tenant's
 * pointer document tells whether a newer version was published (on any instance). A
 * publish on this instance evicts at once. Versions are immutable, so pinned versions are
 * cached without expiry (bounded in number).
 */
@Service
public class ActiveConfigurations {

	private static final int PINNED_CACHE_SIZE = 512;

	private final ConfigHeads heads;

	private final ConfigVersions versions;

	private final ConfigSettings settings;

	private final Clock clock;

	private final Map<String, Cached> active = new ConcurrentHashMap<>();

	private final Map<String, ConfigVersion> pinned = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, ConfigVersion> eldest) {
			return size() > PINNED_CACHE_SIZE;
		}
	});

	ActiveConfigurations(ConfigHeads heads, ConfigVersions versions, ConfigSettings settings, Optional<Clock> clock) {
		this.heads = heads;
		this.versions = versions;
		this.settings = settings;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** The current tenant's active version, if anything has been published. */
	public Optional<ConfigVersion> current() {
		String tenant = TenantContext.require().value();
		Instant now = this.clock.instant();
		Cached cached = this.active.get(tenant);
		if (cached != null && cached.checkedAt.plus(this.settings.activeRefresh()).isAfter(now)) {
			return Optional.of(cached.version);
		}
		int number = this.heads.active();
		if (number == 0) {
			return Optional.empty();
		}
		ConfigVersion version = cached != null && cached.version.number() == number ? cached.version : version(number);
		this.active.put(tenant, new Cached(version, now));
		return Optional.of(version);
	}

	public ConfigVersion require() {
		return current().orElseThrow(() -> Refusal.rulesBroken(
				"Tenant '" + TenantContext.require().value() + "' has no published configuration yet",
				java.util.List.of()));
	}

	/**
	 * A published version of the current tenant (cases stay pinned to the version they
	 * started under).
	 */
	public ConfigVersion version(int number) {
		String key = TenantContext.require().value() + ":" + number;
		ConfigVersion version = this.pinned.get(key);
		if (version == null) {
			version = this.versions.find(number)
				.orElseThrow(() -> Refusal.notFound("No configuration version " + number));
			this.pinned.put(key, version);
		}
		return version;
	}

	@EventListener
	void on(ConfigPublished published) {
		this.active.remove(published.tenant().value());
	}

	private record Cached(ConfigVersion version, Instant checkedAt) {
	}

}
