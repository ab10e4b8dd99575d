package org.candour.admin.documents;

import org.candour.api.EndpointRoles;
import org.candour.api.Refusal;
import org.candour.packs.PackExport;
import org.candour.tenancy.TenantContext;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * A published version downloaded as a configuration pack (a zip that deploys, or imports
 * into a draft, as it is), named after the tenant and the version.
 */
@Controller
@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.AUDITOR, EndpointRoles.PLATFORM_ADMIN })
class VersionExportController {

	private final PackExport export;

	VersionExportController(PackExport export) {
		this.export = export;
	}

	@GetMapping("/t/{tenant}/admin/versions/{number}/export")
	ResponseEntity<byte[]> export(@PathVariable int number) {
		PackExport.Exported exported;
		try {
			exported = this.export.version(number);
		}
		catch (Refusal refusal) {
			if (!refusal.is(Refusal.Kind.NOT_FOUND)) {
				throw refusal;
			}
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		String fileName = TenantContext.require().value() + "-version-" + number + ".zip";
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/zip"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName).build().toString())
			.body(exported.zip());
	}

}
