package org.candour.reports;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Supplier;

import org.candour.api.Refusal;
import org.candour.config.ActiveConfigurations;
import org.candour.config.ConfigVersion;
import org.candour.definition.model.CalendarDefinition;
import org.candour.definition.model.ReportDefinition;
import org.candour.tenancy.Tenant;
import org.candour.tenancy.TenantContext;
import org.candour.tenancy.TenantDirectory;

import org.springframework.stereotype.Component;

/**
 * What a run's steps need from its parameters: the tenant's unit of work, the
 * configuration version and report definition it runs, and the runner's view of the
 * period and structure mode.
 */
@Component
class RunScope {

	private final TenantDirectory tenants;

	private final ActiveConfigurations configurations;

	RunScope(TenantDirectory tenants, ActiveConfigurations configurations) {
		this.tenants = tenants;
		this.configurations = configurations;
	}

	<T> T inTenant(RunParameters run, Supplier<T> work) {
		Tenant tenant = this.tenants.find(run.tenant())
			.orElseThrow(
					() -> new IllegalStateException("No tenant " + run.tenant() + " for report run " + run.runId()));
		return TenantContext.callAs(tenant.asCurrent(), work);
	}

	ConfigVersion version(RunParameters run) {
		return this.configurations.version(run.configVersion());
	}

	ReportDefinition definition(RunParameters run) {
		ReportDefinition report = version(run).model().reports().get(run.reportId());
		if (report == null) {
			throw Refusal.notFound("No report " + run.reportId() + " in configuration version " + run.configVersion());
		}
		return report;
	}

	ReportRunner.Run runnerRun(RunParameters run) {
		ConfigVersion version = version(run);
		LocalDate structureOn = RunParameters.CURRENT.equals(run.structure())
				? LocalDate.ofInstant(run.dataAsAt(), zone(version)) : null;
		return new ReportRunner.Run(run.from(), run.to(), structureOn, version.model().orgStructure());
	}

	static ZoneId zone(ConfigVersion version) {
		return version.model()
			.calendar()
			.map(CalendarDefinition::zone)
			.filter(java.util.Objects::nonNull)
			.orElse(ZoneId.of("Europe/London"));
	}

}
