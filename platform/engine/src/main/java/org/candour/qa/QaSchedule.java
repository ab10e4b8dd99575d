package org.candour.qa;

import org.candour.tenancy.ActiveTenants;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The monthly sampling run: a tick (hourly by default) runs, in each active tenant with a
 * policy, the current month's sampling if the month has no run yet. The month is read
 * from the application clock in the tenant's zone, so the first tick on or after the
 * first day of a month draws it.
 */
@Component
class QaSchedule {

	private final ActiveTenants tenants;

	private final QaSampling sampling;

	private final boolean enabled;

	QaSchedule(ActiveTenants tenants, QaSampling sampling, @Value("${candour.qa.scheduling:true}") boolean enabled) {
		this.tenants = tenants;
		this.sampling = sampling;
		this.enabled = enabled;
	}

	@Scheduled(fixedDelayString = "${candour.qa.sampling-interval:PT1H}", initialDelayString = "PT2M")
	void scheduledTick() {
		if (this.enabled) {
			this.tenants.each("QA sampling", this.sampling::runDue);
		}
	}

}
