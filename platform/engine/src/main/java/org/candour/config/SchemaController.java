package org.candour.config;

import org.candour.api.Refusal;
import org.candour.api.EndpointRoles;
import org.candour.definition.ConfigKind;
import org.candour.definition.Schemas;
import tools.jackson.databind.JsonNode;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Serves the meta-schemas so editors can validate configuration files. Public. */
@RestController
@EndpointRoles(EndpointRoles.PUBLIC)
class SchemaController {

	private static final MediaType SCHEMA_JSON = MediaType.parseMediaType("application/schema+json");

	@GetMapping("/schemas/{name}.schema.json")
	ResponseEntity<JsonNode> schema(@PathVariable String name) {
		boolean known = ConfigKind.fromId(name).isPresent() || "manifest".equals(name) || "common".equals(name);
		JsonNode schema = known ? Schemas.candourSchemaDocument(name) : null;
		if (schema == null) {
			throw Refusal.notFound("No schema '" + name + "'");
		}
		return ResponseEntity.ok().contentType(SCHEMA_JSON).body(schema);
	}

}
