package org.candour.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.candour.support.CandourIntegrationTest;
import org.candour.support.TestClock;
import org.candour.support.TestTenants;
import org.candour.tenancy.CurrentTenant;
import org.candour.tenancy.TenantContext;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped bank holidays end with 2027: an adult social care complaint's six-month
 * backstop (182 calendar days, extendable by 183) started in February 2027 could fall due
 * in 2028, where bank holidays would be silently ignored, so health warns (and stays up).
 */
@CandourIntegrationTest
class BankHolidayCoverageIntegrationTests {

	@Autowired
	BankHolidayCoverage coverage;

	@Autowired
	BankHolidaysHealthIndicator health;

	@Autowired
	TestTenants testTenants;

	@Autowired
	TestClock clock;

	String tenant;

	@BeforeEach
	void adultSocialCare() {
		this.tenant = this.testTenants.withConfiguration("adult-social-care");
	}

	@Test
	void saysNothingWhileEveryClockStaysWithinTheData() {
		this.clock.set("2026-11-18T10:00:00Z");

		assertThat(this.coverage.lastCovered()).isEqualTo("2027-12-31");
		assertThat(inTenant(this.coverage::clocksBeyondCoverage)).isEmpty();
		assertThat(this.health.health().getDetails()).doesNotContainKey("clocksBeyondCoverage");
	}

	@Test
	void warnsAboutAClockThatCouldFallDueAfterTheLastCoveredYear() {
		this.clock.set("2027-02-01T10:00:00Z");

		assertThat(inTenant(this.coverage::clocksBeyondCoverage))
			.containsExactly(new ClockReach("asc-complaint", "backstop", LocalDate.parse("2028-02-01")));
		Health health = this.health.health();
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("lastCoveredYear", 2027)
			.containsKey("warning")
			.extractingByKey("clocksBeyondCoverage")
			.asInstanceOf(InstanceOfAssertFactories.MAP)
			.containsEntry(this.tenant, List.of("asc-complaint/backstop could fall due on 2028-02-01"));
	}

	private <T> T inTenant(Supplier<T> work) {
		return TenantContext.callAs(CurrentTenant.pooled(this.tenant), work);
	}

}
