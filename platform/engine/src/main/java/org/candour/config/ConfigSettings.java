package org.candour.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code candour.config.*}.
 *
 * @param activeRefresh how often a cached active configuration checks the tenant's
 * active-version pointer, so a version published on another instance is picked up within
 * this time (a publish on this instance refreshes at once)
 * @param publishClaimTimeout after this, an unfinished publication's claim (a crashed
 * instance) may be taken over
 * @param publishWait how long a publication waits for another one of the same tenant to
 * finish
 * @param cacheSize how many compiled configuration versions (of all tenants, active and
 * pinned) are kept in memory; the least recently used goes first
 */
@ConfigurationProperties("candour.config")
public record ConfigSettings(@DefaultValue("1s") Duration activeRefresh,
		@DefaultValue("60s") Duration publishClaimTimeout, @DefaultValue("10s") Duration publishWait,
		@DefaultValue("512") int cacheSize) {

}
