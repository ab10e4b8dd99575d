package org.candour.open311;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.candour.api.Actors;
import org.candour.api.EndpointRoles;
import org.candour.api.Refusal;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tenant administrators' Open311 clients: create one (its key is in this answer only),
 * list them (auditors too), revoke one.
 */
@RestController
@RequestMapping("/api/tenants/{tenant}/open311/clients")
class Open311ClientController {

	static final int MAX_NAME = 100;

	private final Open311Clients clients;

	private final Actors actors;

	Open311ClientController(Open311Clients clients, Actors actors) {
		this.clients = clients;
		this.actors = actors;
	}

	@PostMapping
	@EndpointRoles(EndpointRoles.TENANT_ADMIN)
	ResponseEntity<Map<String, Object>> create(@RequestBody JsonNode body) {
		String name = body.path("name").asString("").strip();
		if (name.isEmpty() || name.length() > MAX_NAME) {
			throw Refusal.rulesBroken("The client cannot be created", List.of(new org.candour.api.ApiError("/name",
					"open311-client.name", "Give the client a name of up to " + MAX_NAME + " characters")));
		}
		Open311Clients.Created created = this.clients.create(name, this.actors.current().name());
		Map<String, Object> answer = view(created.client());
		answer.put("key", created.key());
		return ResponseEntity.status(HttpStatus.CREATED).body(answer);
	}

	@GetMapping
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.AUDITOR })
	List<Map<String, Object>> list() {
		return this.clients.all().stream().map(Open311ClientController::view).toList();
	}

	@DeleteMapping("/{id}")
	@EndpointRoles(EndpointRoles.TENANT_ADMIN)
	ResponseEntity<Void> revoke(@PathVariable String id) {
		if (!this.clients.revoke(id, this.actors.current().name())) {
			throw Refusal.notFound("No Open311 client '" + id + "'");
		}
		return ResponseEntity.noContent().build();
	}

	private static Map<String, Object> view(Open311Client client) {
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("id", client.id());
		view.put("name", client.name());
		view.put("createdAt", client.createdAt());
		view.put("createdBy", client.createdBy());
		view.put("revokedAt", client.revokedAt());
		view.put("revokedBy", client.revokedBy());
		return view;
	}

}
