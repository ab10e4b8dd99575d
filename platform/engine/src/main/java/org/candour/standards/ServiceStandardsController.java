package org.candour.standards;

import org.candour.api.EndpointRoles;
import org.candour.api.Refusal;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The service standards as they stand today, and one standard's counted cases and
 * breaches, for the readers of the manager dashboard.
 */
@RestController
@RequestMapping("/api/tenants/{tenant}/service-standards")
class ServiceStandardsController {

	private final ServiceStandards standards;

	ServiceStandardsController(ServiceStandards standards) {
		this.standards = standards;
	}

	@GetMapping
	@EndpointRoles({ EndpointRoles.MANAGER, EndpointRoles.AUDITOR, EndpointRoles.TENANT_ADMIN })
	ServiceStandards.Board board() {
		return this.standards.board();
	}

	@GetMapping("/{id}")
	@EndpointRoles({ EndpointRoles.MANAGER, EndpointRoles.AUDITOR, EndpointRoles.TENANT_ADMIN })
	ServiceStandards.Drill drill(@PathVariable String id, @RequestParam(required = false) String team,
			@RequestParam(required = false) String show) {
		if (show != null && !"all".equals(show) && !"breaches".equals(show)) {
			throw Refusal.malformed("/show", "service-standard.show-unknown", "show must be all or breaches");
		}
		return this.standards.drill(id, team, "breaches".equals(show));
	}

}
