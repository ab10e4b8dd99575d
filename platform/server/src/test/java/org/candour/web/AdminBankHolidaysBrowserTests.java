package org.candour.web;

import java.time.Duration;
import java.time.Instant;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin home page warns, with GOV.UK warning text, when a live timescale of the
 * county council could fall due after the last year of the shipped bank holidays (2027):
 * from 2027 its adult social care six-month backstop (182 calendar days, extendable by
 * 183) reaches into 2028. Before that it says nothing. The warning is free of
 * accessibility violations.
 */
@CandourWebTest
@ExtendWith(Browsers.class)
class AdminBankHolidaysBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	AdminTenants adminTenants;

	@Autowired
	StoppableClock clock;

	AdminTenant tenant;

	@BeforeEach
	void countyTenant() {
		this.tenant = this.adminTenants.county();
		this.clock.stop();
	}

	@AfterEach
	void realTimeAgain() {
		this.clock.run();
	}

	@Test
	void saysNothingWhileEveryTimescaleEndsWithinTheBankHolidaysKnown() {
		moveTo("2026-06-01T09:00:00Z");

		String home = this.tenant.signedIn(this.port, AdminTenant.ADMIN).get(this.tenant.admin()).html();

		assertThat(home).contains("Administration").doesNotContain("bank-holidays-warning", "govuk-warning-text");
	}

	@Test
	void warnsAboutATimescaleThatCouldFallDueAfterTheLastYearKnown(Page page) {
		moveTo("2027-03-01T09:00:00Z");

		OfficerSignIn.as(page, this.tenant.id, AdminTenant.ADMIN);

		String warning = page.locator("#bank-holidays-warning").innerText();
		assertThat(page.locator("#bank-holidays-warning .govuk-warning-text").isVisible()).isTrue();
		assertThat(warning).contains("Bank holidays are known only up to 31 December 2027", "Six-month backstop (",
				"): as late as 29 February 2028", "Ask your platform operator to install a newer copy");
		Accessibility.assertNoViolations(page);
	}

	private void moveTo(String instant) {
		this.clock.advance(Duration.between(this.clock.instant(), Instant.parse(instant)));
	}

}
