package org.candour.remedies;

import org.candour.api.EndpointRoles;
import org.candour.api.Refusal;
import org.candour.api.RequestBodies;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A case's remedies: the list with the case's totals, proposing one, reading one, and
 * moving one on (approve, decline, pay).
 */
@RestController
@RequestMapping("/api/tenants/{tenant}/cases/{reference}/remedies")
class RemediesController {

	private final RemedyRegister register;

	private final RemedyProposals proposals;

	private final RemedyDecisions decisions;

	private final RequestBodies bodies;

	RemediesController(RemedyRegister register, RemedyProposals proposals, RemedyDecisions decisions,
			RequestBodies bodies) {
		this.register = register;
		this.proposals = proposals;
		this.decisions = decisions;
		this.bodies = bodies;
	}

	@GetMapping
	@EndpointRoles({ EndpointRoles.OFFICER, EndpointRoles.MANAGER, EndpointRoles.INVESTIGATOR, EndpointRoles.AUDITOR })
	RemedyRegister.CaseRemedies list(@PathVariable String reference) {
		return this.register.ofCase(reference);
	}

	@PostMapping
	@EndpointRoles({ EndpointRoles.OFFICER, EndpointRoles.MANAGER, EndpointRoles.INVESTIGATOR })
	ResponseEntity<Remedy> propose(@PathVariable String reference, @RequestBody JsonNode body) {
		this.bodies.require("remedy-create", body);
		Remedy proposed = this.proposals.propose(reference, body);
		return ResponseEntity.status(HttpStatus.CREATED).header("Location", proposed.id()).body(proposed);
	}

	@GetMapping("/{id}")
	@EndpointRoles({ EndpointRoles.OFFICER, EndpointRoles.MANAGER, EndpointRoles.INVESTIGATOR, EndpointRoles.AUDITOR })
	Remedy read(@PathVariable String reference, @PathVariable String id) {
		return this.register.one(reference, id);
	}

	@PatchMapping("/{id}")
	@EndpointRoles({ EndpointRoles.OFFICER, EndpointRoles.MANAGER, EndpointRoles.INVESTIGATOR })
	Remedy decide(@PathVariable String reference, @PathVariable String id, @RequestBody JsonNode body,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		this.bodies.require("remedy-patch", body);
		Long version = body.has("version") ? Long.valueOf(body.path("version").asLong()) : version(ifMatch);
		return this.decisions.decide(reference, id, body, version);
	}

	private static Long version(String ifMatch) {
		if (ifMatch == null || ifMatch.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(ifMatch.replace("\"", "").replace("W/", "").trim());
		}
		catch (NumberFormatException ex) {
			throw Refusal.malformed("/If-Match", "invalid-version", "If-Match must be the remedy's version");
		}
	}

}
