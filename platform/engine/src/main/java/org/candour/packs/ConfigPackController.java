package org.candour.packs;

import org.candour.api.EndpointRoles;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A tenant's configuration as a pack: exported (the draft or a published version) and
 * imported into the draft. Roles: TENANT_ADMIN; AUDITOR may export.
 */
@RestController
@RequestMapping("/api/tenants/{tenant}/config")
class ConfigPackController {

	private static final MediaType ZIP = MediaType.parseMediaType("application/zip");

	private final PackExport export;

	private final PackDeployment deployment;

	ConfigPackController(PackExport export, PackDeployment deployment) {
		this.export = export;
		this.deployment = deployment;
	}

	@GetMapping("/draft/export")
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.AUDITOR })
	ResponseEntity<byte[]> draft() {
		return download(this.export.draft());
	}

	@GetMapping("/versions/{number}/export")
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.AUDITOR })
	ResponseEntity<byte[]> version(@PathVariable int number) {
		return download(this.export.version(number));
	}

	@PostMapping(path = "/draft/import", consumes = { "application/zip", "application/octet-stream" })
	@EndpointRoles(EndpointRoles.TENANT_ADMIN)
	PackDeployment.DraftImport importIntoDraft(@RequestBody byte[] zip,
			@RequestParam(defaultValue = "false") boolean dryRun) {
		return this.deployment.intoDraft(zip, dryRun);
	}

	private static ResponseEntity<byte[]> download(PackExport.Exported exported) {
		return ResponseEntity.ok()
			.contentType(ZIP)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(exported.fileName()).build().toString())
			.body(exported.zip());
	}

}
