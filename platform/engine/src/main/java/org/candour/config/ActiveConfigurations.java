package org.candour.config;

import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.candour.api.Refusal;
import org.candour.tenancy.TenantContext;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * The configuration the engines and pages run on: the one cache of compiled configuration
 * versions, keyed by tenant and version number, active and pinned alike (bounded; least
 * recently used first out). Versions are immutable, so a cached version never goes stale;
 * everything derived from one (a calendar, a form's pages, compiled guards) is kept with
 * it in its {@link ConfigVersion#model() model}. Which version is active is a number per
 * tenant, trusted for {@code candour.config.active-refresh}; after that one read of the
 * tenant's pointer document tells whether a newer version was published (on any
 * instance). A publish on this instance moves the pointer at once.
 */
@Service
public class ActiveConfigurations {

	private final ConfigHeads heads;

	private final ConfigVersions versions;

	private final ConfigSettings settings;

	private final Clock clock;

	private final Map<String, ActiveNumber> active = new ConcurrentHashMap<>();

	private final Map<VersionKey, ConfigVersion> compiled;

	ActiveConfigurations(ConfigHeads heads, ConfigVersions versions, ConfigSettings settings, Optional<Clock> clock) {
		this.heads = heads;
		this.versions = versions;
		this.settings = settings;
		this.clock = clock.orElse(Clock.systemUTC());
		int bound = settings.cacheSize();
		this.compiled = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<VersionKey, ConfigVersion> eldest) {
				return size() > bound;
			}
		});
	}

	/** The current tenant's active version, if anything has been published. */
	public Optional<ConfigVersion> current() {
		String tenant = TenantContext.require().value();
		Instant now = this.clock.instant();
		ActiveNumber known = this.active.get(tenant);
		int number;
		if (known != null && known.checkedAt.plus(this.settings.activeRefresh()).isAfter(now)) {
			number = known.number;
		}
		else {
			number = this.heads.active();
			this.active.put(tenant, new ActiveNumber(number, now));
		}
		return (number == 0) ? Optional.empty() : Optional.of(version(number));
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
		VersionKey key = new VersionKey(TenantContext.require().value(), number);
		ConfigVersion version = this.compiled.get(key);
		if (version == null) {
			version = this.versions.find(number)
				.orElseThrow(() -> Refusal.notFound("No configuration version " + number));
			this.compiled.put(key, version);
		}
		return version;
	}

	@EventListener
	void on(ConfigPublished published) {
		this.compiled.put(new VersionKey(published.tenant().value(), published.number()), published.version());
		this.active.remove(published.tenant().value());
	}

	private record VersionKey(String tenant, int number) {
	}

	private record ActiveNumber(int number, Instant checkedAt) {
	}

}
