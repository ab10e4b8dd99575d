package org.candour.casesapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.candour.api.Refusal;
import org.candour.api.EndpointRoles;
import org.candour.cases.CaseMigration;
import tools.jackson.databind.JsonNode;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Migration of open cases to another configuration version. Role: MANAGER. */
@RestController
class MigrationController {

	private final CaseMigration migration;

	MigrationController(CaseMigration migration) {
		this.migration = migration;
	}

	@PostMapping("/api/tenants/{tenant}/cases/migrate")
	@EndpointRoles(EndpointRoles.MANAGER)
	Map<String, Object> migrate(@RequestBody JsonNode body) {
		if (!body.path("targetVersion").isInt()) {
			throw Refusal.malformed("/targetVersion", "required", "targetVersion (a version number) is required");
		}
		Map<String, String> mapping = new LinkedHashMap<>();
		body.path("stateMapping")
			.properties()
			.forEach(entry -> mapping.put(entry.getKey(), entry.getValue().asString()));
		boolean dryRun = body.path("dryRun").asBoolean(true);
		List<CaseMigration.Outcome> outcomes = this.migration.migrate(body.path("targetVersion").asInt(), mapping,
				body.path("feedbackType").asString(null), dryRun);
		return Map.of("dryRun", dryRun, "cases", outcomes, "selected", outcomes.size(), "migrated",
				outcomes.stream().filter(CaseMigration.Outcome::migrated).count());
	}

}
