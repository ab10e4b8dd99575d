package org.candour.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.candour.config.ActiveConfigurations;
import org.candour.config.ConfigVersion;
import org.candour.definition.ConfigDocument;
import org.candour.definition.ConfigKind;
import org.candour.tenancy.TenantContext;
import org.candour.tenancy.TenantDirectory;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

/**
 * Builds a tenant's calendar from the {@code calendar} document of its configuration, or
 * from the tenant's division alone when the configuration has none. Calendars are
 * immutable and cached per tenant and version.
 */
@Component
class ConfiguredTenantCalendars implements TenantCalendars {

	private final ActiveConfigurations configurations;

	private final TenantDirectory tenants;

	private final BankHolidays holidays;

	private final Map<String, WorkingDayCalendar> cache = new ConcurrentHashMap<>();

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
		String key = TenantContext.require().value() + ":" + version.number();
		return this.cache.computeIfAbsent(key, ignored -> build(version));
	}

	private WorkingDayCalendar build(ConfigVersion version) {
		ConfigDocument document = version == null ? null
				: version.documents().stream().filter(doc -> doc.is(ConfigKind.CALENDAR)).findFirst().orElse(null);
		return new WorkingDayCalendar(this.holidays, document == null ? tenantDefaults() : spec(document.spec()));
	}

	private CalendarSpec tenantDefaults() {
		String tenant = TenantContext.require().value();
		String division = this.tenants.find(tenant).map(t -> t.division()).orElse("england-and-wales");
		return CalendarSpec.defaults(Division.fromId(division));
	}

	private static CalendarSpec spec(JsonNode spec) {
		List<LocalDate> closures = new ArrayList<>();
		spec.path("closureDays").forEach(day -> closures.add(LocalDate.parse(day.path("date").asString())));
		LocalTime cutOff = spec.hasNonNull("cutOffTime") ? LocalTime.parse(spec.path("cutOffTime").asString()) : null;
		ZoneId zone = spec.hasNonNull("timeZone") ? ZoneId.of(spec.path("timeZone").asString()) : null;
		return new CalendarSpec(Division.fromId(spec.path("division").asString()), closures, cutOff, zone);
	}

}
