package org.candour.imports;

import java.util.List;

import org.candour.api.EndpointRoles;
import org.candour.api.Refusal;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The tenant's import mappings: saved (checked against the configuration) and read. */
@RestController
class ImportMappingController {

	private final ImportMappingManagement mappings;

	private final JsonMapper json;

	ImportMappingController(ImportMappingManagement mappings, JsonMapper json) {
		this.mappings = mappings;
		this.json = json;
	}

	@PutMapping("/api/tenants/{tenant}/import-mappings/{id}")
	@EndpointRoles(EndpointRoles.TENANT_ADMIN)
	ImportMapping save(@PathVariable String id, @RequestBody JsonNode body) {
		ImportMapping mapping;
		try {
			mapping = this.json.treeToValue(body, ImportMapping.class);
		}
		catch (JacksonException | NullPointerException ex) {
			throw Refusal.malformed("", "import-mapping.malformed",
					"The mapping is not in the expected shape: " + ex.getMessage());
		}
		return this.mappings.save(mapping.withId(id));
	}

	@GetMapping("/api/tenants/{tenant}/import-mappings/{id}")
	@EndpointRoles(EndpointRoles.TENANT_ADMIN)
	ImportMapping mapping(@PathVariable String id) {
		return this.mappings.find(id).orElseThrow(() -> Refusal.notFound("No import mapping '" + id + "'"));
	}

	@GetMapping("/api/tenants/{tenant}/import-mappings")
	@EndpointRoles(EndpointRoles.TENANT_ADMIN)
	List<ImportMapping> mappings() {
		return this.mappings.all();
	}

}
