package org.candour.privacy;

import java.util.Map;

import org.candour.api.EndpointRoles;
import tools.jackson.databind.JsonNode;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Erasure of a person and redaction of one field of a case, each with a reason. */
@RestController
class ErasureController {

	private final Erasure erasure;

	ErasureController(Erasure erasure) {
		this.erasure = erasure;
	}

	@PostMapping("/api/tenants/{tenant}/people/{id}/erasure")
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.DATA_PROTECTION })
	Erasure.Result erase(@PathVariable String id, @RequestBody JsonNode body) {
		return this.erasure.erase(id, body.path("reason").asString(null));
	}

	@PostMapping("/api/tenants/{tenant}/cases/{reference}/redactions")
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.DATA_PROTECTION })
	Map<String, Object> redact(@PathVariable String reference, @RequestBody JsonNode body) {
		String pointer = body.path("pointer").asString(null);
		this.erasure.redact(reference, pointer, body.path("reason").asString(null));
		return Map.of("reference", reference, "redacted", pointer);
	}

}
