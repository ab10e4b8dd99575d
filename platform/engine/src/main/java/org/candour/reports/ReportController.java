package org.candour.reports;

import java.util.List;

import org.candour.api.EndpointRoles;
import org.candour.config.ActiveConfigurations;
import org.candour.definition.model.ReportDefinition;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The tenant's report definitions, from its active configuration version, as compiled
 * (the first of the reporting API's paths; running them over HTTP is still to come).
 */
@RestController
@EndpointRoles({ EndpointRoles.MANAGER, EndpointRoles.AUDITOR, EndpointRoles.TENANT_ADMIN })
@RequestMapping("/api/tenants/{tenant}/reports")
class ReportController {

	private final ActiveConfigurations configurations;

	private final ReportAccess access;

	ReportController(ActiveConfigurations configurations, ReportAccess access) {
		this.configurations = configurations;
		this.access = access;
	}

	/** The definitions the caller may run (equality reports only to their readers). */
	@GetMapping
	@EndpointRoles({ EndpointRoles.MANAGER, EndpointRoles.AUDITOR, EndpointRoles.TENANT_ADMIN,
			EndpointRoles.EQUALITY_ANALYST })
	List<ReportDefinition> definitions() {
		return this.configurations.current()
			.map(version -> version.model().reports().values().stream().filter(this.access::mayRead).toList())
			.orElse(List.of());
	}

}
