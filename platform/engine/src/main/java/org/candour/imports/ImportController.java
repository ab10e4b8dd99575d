package org.candour.imports;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.candour.api.Actors;
import org.candour.api.EndpointRoles;
import org.candour.api.Refusal;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The import API: a file (multipart {@code file}) with a saved mapping
 * ({@code mappingId}), dry-run ({@code dryRun=true}, the default) or imported, answered
 * with the run's id once it has finished; then the run's status, counts and problems.
 */
@RestController
class ImportController {

	private final Imports imports;

	private final Actors actors;

	ImportController(Imports imports, Actors actors) {
		this.imports = imports;
		this.actors = actors;
	}

	@PostMapping(path = "/api/tenants/{tenant}/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@EndpointRoles(EndpointRoles.TENANT_ADMIN)
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, Object> start(@RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) String mappingId, @RequestParam(defaultValue = "true") boolean dryRun)
			throws IOException {
		if (file == null || file.isEmpty()) {
			throw Refusal.malformed("/file", "import.file-missing", "Choose a CSV or XLSX file to import");
		}
		ImportRun run = this.imports.start(file.getOriginalFilename(), file.getBytes(), mappingId, dryRun,
				this.actors.current().name());
		return Map.of("importId", run.id(), "status", run.status());
	}

	@GetMapping("/api/tenants/{tenant}/imports/{id}")
	@EndpointRoles(EndpointRoles.TENANT_ADMIN)
	ImportRun run(@PathVariable String id) {
		return this.imports.run(id).orElseThrow(() -> Refusal.notFound("No import '" + id + "'"));
	}

	@GetMapping("/api/tenants/{tenant}/imports")
	@EndpointRoles(EndpointRoles.TENANT_ADMIN)
	List<ImportRun> runs() {
		return this.imports.newest();
	}

}
