package org.candour.calendar;

import org.candour.config.ActiveConfigurations;
import org.candour.config.ConfigVersion;
import org.candour.definition.model.CalendarDefinition;
import org.candour.tenancy.TenantContext;
import org.candour.tenancy.TenantDirectory;

import org.springframework.stereotype.Component;

/**
 * Builds a tenant's calendar from the calendar of its configuration, or from the tenant's
 * division alone when the configuration has none. A version's calendar is built once and
 * kept with the compiled version.
 */
@Component
class ConfiguredTenantCalendars implements TenantCalendars {

	private final ActiveConfigurations configurations;

	private final TenantDirectory tenants;

	private final BankHolidays holidays;

	ConfiguredTenantCalendars(ActiveConfigurations configurations, TenantDirectory tenants, BankHolidays holidays) {
		this.configurations = configurations;
		this.tenants = tenants;
		this.holidays = holidays;
	}

	@Override
	public WorkingDayCalendar current() {
		return this.configurations.current().map(this::of).orElseGet(() -> build(null));
	}

	@Override
	public WorkingDayCalendar of(ConfigVersion version) {
		return version.model().view(WorkingDayCalendar.class, model -> build(version));
	}

	@Override
	public WorkingDayCalendar defined(CalendarDefinition calendar) {
		return new WorkingDayCalendar(this.holidays, (calendar != null) ? spec(calendar) : tenantDefaults());
	}

	private WorkingDayCalendar build(ConfigVersion version) {
		return defined((version == null) ? null : version.model().calendar().orElse(null));
	}

	private CalendarSpec tenantDefaults() {
		String tenant = TenantContext.require().value();
		String division = this.tenants.find(tenant).map(t -> t.division()).orElse("england-and-wales");
		return CalendarSpec.defaults(Division.fromId(division));
	}

	private static CalendarSpec spec(CalendarDefinition calendar) {
		return new CalendarSpec(Division.fromId(calendar.division()), calendar.closureDays(), calendar.cutOff(),
				calendar.zone());
	}

}
