package org.candour.calendar;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.candour.tenancy.ActiveTenants;
import org.candour.tenancy.TenantContext;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code bankHolidays} in health: always up (a calendar that needs newer data still
 * works), with the last year the data covers and, when a tenant's clock could fall due
 * after it, a {@code warning} and those clocks by tenant ({@code tenant: ["workflow/clock
 * could fall due on 2028-03-01"]}).
 */
@Component
class BankHolidaysHealthIndicator implements HealthIndicator {

	private final BankHolidayCoverage coverage;

	private final ActiveTenants tenants;

	BankHolidaysHealthIndicator(BankHolidayCoverage coverage, ActiveTenants tenants) {
		this.coverage = coverage;
		this.tenants = tenants;
	}

	@Override
	public Health health() {
		Map<String, List<String>> beyond = new TreeMap<>();
		this.tenants.each("Bank-holiday coverage", () -> {
			List<ClockReach> clocks = this.coverage.clocksBeyondCoverage();
			if (!clocks.isEmpty()) {
				beyond.put(TenantContext.require().value(), clocks.stream()
					.map(reach -> reach.workflow() + "/" + reach.clock() + " could fall due on " + reach.latestDue())
					.toList());
			}
		});
		Health.Builder health = Health.up().withDetail("lastCoveredYear", this.coverage.lastCovered().getYear());
		if (!beyond.isEmpty()) {
			health.withDetail("warning", "Bank holidays are known only to " + this.coverage.lastCovered()
					+ "; clocks that fall due later do not skip bank holidays. Set candour.calendar.bank-holidays-file to a newer copy of https://www.gov.uk/bank-holidays.json")
				.withDetail("clocksBeyondCoverage", beyond);
		}
		return health.build();
	}

}
