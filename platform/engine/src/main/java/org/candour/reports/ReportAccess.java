package org.candour.reports;

import org.candour.api.Actors;
import org.candour.api.EndpointRoles;
import org.candour.api.Refusal;
import org.candour.config.ActiveConfigurations;
import org.candour.definition.model.ReportDefinition;
import org.candour.definition.model.ReportSource;

import org.springframework.stereotype.Component;

/**
 * Who may run and read a report beyond the reporting endpoints' own roles: a report over
 * equality answers only the readers of equality data
 * ({@link ReportSource#EQUALITY_READERS}: equality analysts, managers and auditors), as
 * the equality profile itself; anyone else (a tenant administrator, an officer even for a
 * published run) is refused, 403; an equality analyst reads nothing else. Work outside a
 * request (schedules) acts as the system, which may.
 */
@org.springframework.stereotype.Service
public class ReportAccess {

	private final Actors actors;

	private final ActiveConfigurations configurations;

	ReportAccess(Actors actors, ActiveConfigurations configurations) {
		this.actors = actors;
		this.configurations = configurations;
	}

	/**
	 * Whether the current caller may run and read the report (as far as its source goes:
	 * the endpoints still check their own roles). An equality analyst who has no other
	 * role reads only the reports over equality answers.
	 */
	public boolean mayRead(ReportDefinition report) {
		if (report.reportSource().equality()) {
			return this.actors.current().hasAnyRole(ReportSource.EQUALITY_READERS);
		}
		return this.actors.current().hasAnyRole(OTHER_READERS);
	}

	private static final java.util.List<String> OTHER_READERS = java.util.List.of(EndpointRoles.MANAGER,
			EndpointRoles.AUDITOR, EndpointRoles.TENANT_ADMIN, EndpointRoles.OFFICER, EndpointRoles.INVESTIGATOR,
			EndpointRoles.PLATFORM_ADMIN);

	/** Whether the caller may read a report as a configuration version defines it. */
	public boolean mayRead(String reportId, int configVersion) {
		ReportDefinition report = this.configurations.version(configVersion).model().reports().get(reportId);
		return report == null || mayRead(report);
	}

	void require(ReportDefinition report) {
		if (!mayRead(report)) {
			throw refused(report.id());
		}
	}

	void require(String reportId, int configVersion) {
		if (!mayRead(reportId, configVersion)) {
			throw refused(reportId);
		}
	}

	private static Refusal refused(String reportId) {
		return Refusal.notAllowed("Report " + reportId
				+ " counts equality data: only equality analysts, managers and auditors run or read it");
	}

}
