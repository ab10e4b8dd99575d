package org.candour.tenancy;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code candour.tenancy.*}.
 *
 * @param siloDatabasePrefix prefix of a siloed tenant's own database name
 * @param directoryRefresh how long a tenant's status is cached before it is read again
 * (so a suspension made on another instance takes effect within this time)
 */
@ConfigurationProperties("candour.tenancy")
public record TenancySettings(@DefaultValue("candour-t-") String siloDatabasePrefix,
		@DefaultValue("2s") Duration directoryRefresh) {

}
