package org.candour.qa;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.candour.api.ApiError;
import org.candour.api.Refusal;
import org.candour.calendar.TenantCalendars;
import org.candour.config.ActiveConfigurations;
import org.candour.definition.model.CompiledConfiguration;
import org.candour.definition.model.QaPolicy;

import org.springframework.stereotype.Component;

/**
 * The current tenant's quality assurance policy from its active configuration, and the
 * zone its months are counted in (the calendar's).
 */
@Component
class QaPolicies {

	private final ActiveConfigurations configurations;

	private final TenantCalendars calendars;

	QaPolicies(ActiveConfigurations configurations, TenantCalendars calendars) {
		this.configurations = configurations;
		this.calendars = calendars;
	}

	Optional<QaPolicy> policy() {
		return this.configurations.current().flatMap(version -> version.model().qaPolicy());
	}

	/** The policy; refused (422 {@code qa.no-policy}) when the tenant has none. */
	QaPolicy require() {
		return policy().orElseThrow(() -> Refusal.rulesBroken("The tenant has no quality assurance policy",
				List.of(new ApiError("", "qa.no-policy",
						"Add a qa-policy document to the configuration to sample cases for quality assurance"))));
	}

	CompiledConfiguration model() {
		return this.configurations.require().model();
	}

	ZoneId zone() {
		return this.calendars.current().spec().zone();
	}

	LocalDate today(java.time.Instant now) {
		return now.atZone(zone()).toLocalDate();
	}

}
