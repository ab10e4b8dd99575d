package org.candour.retention;

import org.candour.tenancy.ActiveTenants;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every night, each tenant's closed cases past their retention period are disposed of.
 */
@Component
class RetentionSweep {

	private final ActiveTenants tenants;

	private final Retention retention;

	RetentionSweep(ActiveTenants tenants, Retention retention) {
		this.tenants = tenants;
		this.retention = retention;
	}

	@Scheduled(cron = NextRetentionRun.CRON, zone = NextRetentionRun.ZONE)
	void nightly() {
		this.tenants.each("Retention", () -> this.retention.run("system"));
	}

}
