package org.candour.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.candour.config.ActiveConfigurations;
import org.candour.config.ConfigVersion;
import org.candour.definition.model.ClockDefinition;
import org.candour.definition.model.WorkflowDefinition;

import org.springframework.stereotype.Component;

/**
 * Whether the bank-holiday data reaches far enough for the current tenant's clocks: a
 * clock of its active configuration started today (the application clock's date in the
 * tenant's calendar) and extended as far as it may be could fall due after the last day
 * the data covers, where bank holidays are not skipped and due dates silently come too
 * early. Health and the admin home page warn about such clocks.
 */
@Component
public class BankHolidayCoverage {

	private final BankHolidays holidays;

	private final ActiveConfigurations configurations;

	private final TenantCalendars calendars;

	private final Clock clock;

	BankHolidayCoverage(BankHolidays holidays, ActiveConfigurations configurations, TenantCalendars calendars,
			Optional<Clock> clock) {
		this.holidays = holidays;
		this.configurations = configurations;
		this.calendars = calendars;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** 31 December of the last year the bank-holiday data covers. */
	public LocalDate lastCovered() {
		return this.holidays.lastCovered();
	}

	/**
	 * The current tenant's clocks that could fall due after {@link #lastCovered()}, the
	 * furthest first; empty when every clock stays within it or nothing is published.
	 */
	public List<ClockReach> clocksBeyondCoverage() {
		Optional<ConfigVersion> active = this.configurations.current();
		if (active.isEmpty()) {
			return List.of();
		}
		WorkingDayCalendar calendar = this.calendars.of(active.get());
		LocalDate today = calendar.dateOf(this.clock.instant());
		List<ClockReach> beyond = new ArrayList<>();
		for (WorkflowDefinition workflow : active.get().model().workflows().values()) {
			for (ClockDefinition definition : workflow.clocks().values()) {
				ClockReach reach = ClockReach.of(workflow.id(), definition, calendar, today);
				if (reach.latestDue().isAfter(lastCovered())) {
					beyond.add(reach);
				}
			}
		}
		beyond.sort(Comparator.comparing(ClockReach::latestDue).reversed());
		return List.copyOf(beyond);
	}

}
