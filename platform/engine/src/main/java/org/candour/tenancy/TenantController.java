package org.candour.tenancy;

import java.util.List;

import org.candour.api.EndpointRoles;
import org.candour.api.RequestBodies;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Platform administration of tenants. Role: PLATFORM_ADMIN. */
@RestController
@EndpointRoles(EndpointRoles.PLATFORM_ADMIN)
@RequestMapping("/api/platform/tenants")
class TenantController {

	private final TenantManagement tenants;

	private final RequestBodies bodies;

	TenantController(TenantManagement tenants, RequestBodies bodies) {
		this.tenants = tenants;
		this.bodies = bodies;
	}

	@PostMapping
	ResponseEntity<Tenant> create(@RequestBody JsonNode body) {
		this.bodies.require("tenant", body);
		return ResponseEntity.status(HttpStatus.CREATED).body(this.tenants.create(NewTenant.read(body)));
	}

	@GetMapping
	List<Tenant> list() {
		return this.tenants.list();
	}

	@GetMapping("/{tenant}")
	Tenant get(@PathVariable String tenant) {
		return this.tenants.get(tenant);
	}

	@PatchMapping(path = "/{tenant}", consumes = { "application/json", "application/merge-patch+json" })
	Tenant update(@PathVariable String tenant, @RequestBody JsonNode changes) {
		this.tenants.get(tenant);
		this.bodies.require("tenant-patch", changes);
		return this.tenants.update(TenantChanges.read(tenant, changes));
	}

}
