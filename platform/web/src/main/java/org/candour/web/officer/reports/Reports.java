package org.candour.web.officer.reports;

import java.util.List;
import java.util.Optional;

import org.candour.api.Actors;
import org.candour.api.EndpointRoles;
import org.candour.api.Refusal;
import org.candour.config.ActiveConfigurations;
import org.candour.definition.model.ReportDefinition;
import org.candour.reports.ReportAccess;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

/**
 * The active configuration's report definitions as the pages name them, and who may do
 * what with them: managers, auditors and tenant administrators run and read every run;
 * managers (and tenant administrators) restart; only managers publish; officers read
 * published snapshots only. A report over equality answers is listed, run and read only
 * by equality analysts, managers and auditors ({@link ReportAccess}); equality analysts
 * see no other report.
 */
@Component
class Reports {

	static final List<String> READERS = List.of(EndpointRoles.MANAGER, EndpointRoles.AUDITOR,
			EndpointRoles.TENANT_ADMIN);

	static final List<String> RESTARTERS = List.of(EndpointRoles.MANAGER, EndpointRoles.TENANT_ADMIN);

	static final List<String> PUBLISHERS = List.of(EndpointRoles.MANAGER);

	private final ActiveConfigurations configurations;

	private final Actors actors;

	private final ReportAccess access;

	Reports(ActiveConfigurations configurations, Actors actors, ReportAccess access) {
		this.configurations = configurations;
		this.actors = actors;
		this.access = access;
	}

	List<ReportDefinition> all() {
		return this.configurations.current()
			.map(version -> version.model()
				.reports()
				.values()
				.stream()
				.filter(this.access::mayRead)
				.sorted(java.util.Comparator.comparing(Reports::title))
				.toList())
			.orElse(List.of());
	}

	Optional<ReportDefinition> find(String reportId) {
		return this.configurations.current().map(version -> version.model().reports().get(reportId));
	}

	/**
	 * A report of the active version; refused (403) when its source is closed to the
	 * caller.
	 */
	ReportDefinition require(String reportId) {
		ReportDefinition report = find(reportId).orElseThrow(() -> Refusal.notFound("No report '" + reportId + "'"));
		if (!this.access.mayRead(report)) {
			throw Refusal.notAllowed("Only equality analysts, managers and auditors run or read this report");
		}
		return report;
	}

	/** The title of a report of the active version, or its id. */
	String title(String reportId) {
		return find(reportId).map(Reports::title).orElse(reportId);
	}

	/**
	 * Whether the caller runs reports and reads every run of those it may read: an
	 * equality analyst only the reports over equality answers ({@link #all()}).
	 */
	boolean reads() {
		return may(READERS) || may(List.of(EndpointRoles.EQUALITY_ANALYST));
	}

	boolean may(List<String> roles) {
		return this.actors.current().hasAnyRole(roles);
	}

	String user() {
		return this.actors.current().name();
	}

	static String title(ReportDefinition report) {
		return english(report.title(), report.id());
	}

	static String description(ReportDefinition report) {
		return english(report.description(), null);
	}

	private static String english(JsonNode text, String fallback) {
		if (text == null || text.isNull() || text.isMissingNode()) {
			return fallback;
		}
		return text.isString() ? text.asString() : text.path("en").asString(fallback);
	}

}
