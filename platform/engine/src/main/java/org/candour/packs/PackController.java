package org.candour.packs;

import org.candour.api.EndpointRoles;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Deploys a zipped configuration pack to a tenant. Role: PLATFORM_ADMIN. */
@RestController
@EndpointRoles(EndpointRoles.PLATFORM_ADMIN)
class PackController {

	private final PackDeployment deployment;

	PackController(PackDeployment deployment) {
		this.deployment = deployment;
	}

	@PostMapping(path = "/api/platform/tenants/{tenant}/packs",
			consumes = { "application/zip", "application/octet-stream" })
	ResponseEntity<PackDeployment.Deployment> deploy(@PathVariable String tenant, @RequestBody byte[] zip,
			@RequestParam(defaultValue = "false") boolean dryRun,
			@RequestParam(defaultValue = "false") boolean createTenant, @RequestParam(required = false) String pack) {
		PackDeployment.Deployment result = this.deployment.deployUpload(tenant, zip, pack, dryRun, createTenant);
		return ResponseEntity.status(!dryRun && result.changed() ? HttpStatus.CREATED : HttpStatus.OK).body(result);
	}

}
