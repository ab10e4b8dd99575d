package org.candour.config;

import java.util.List;
import java.util.Map;

import org.candour.api.EndpointRoles;
import org.candour.api.Refusal;
import org.candour.definition.ConfigDocument;
import org.candour.definition.ValidationReport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A tenant's draft configuration. Roles: TENANT_ADMIN (read also AUDITOR). */
@RestController
@RequestMapping("/api/tenants/{tenant}/config")
class DraftController {

	private final DraftManagement drafts;

	DraftController(DraftManagement drafts) {
		this.drafts = drafts;
	}

	@GetMapping("/draft")
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.AUDITOR })
	Map<String, Object> draft() {
		DraftSet draft = this.drafts.draft();
		return Map.of("revision", draft.revision(), "documents", contents(draft.documents()));
	}

	@GetMapping("/draft/{kind}/{id}")
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.AUDITOR })
	JsonNode document(@PathVariable String kind, @PathVariable String id) {
		return this.drafts.get(kind, id).content();
	}

	@PutMapping("/draft/{kind}/{id}")
	@EndpointRoles(EndpointRoles.TENANT_ADMIN)
	JsonNode put(@PathVariable String kind, @PathVariable String id, @RequestBody JsonNode content) {
		if (!(content instanceof ObjectNode document)) {
			throw Refusal.malformed("", "doc.not-object", "A configuration document must be a JSON object");
		}
		return this.drafts.put(new DraftDocument(kind, id, document)).content();
	}

	@DeleteMapping("/draft/{kind}/{id}")
	@EndpointRoles(EndpointRoles.TENANT_ADMIN)
	ResponseEntity<Void> delete(@PathVariable String kind, @PathVariable String id) {
		this.drafts.delete(kind, id);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/validate")
	@EndpointRoles(EndpointRoles.TENANT_ADMIN)
	ValidationReport validate() {
		return this.drafts.validate();
	}

	static List<JsonNode> contents(List<ConfigDocument> documents) {
		return documents.stream().map(ConfigDocument::content).map(JsonNode.class::cast).toList();
	}

}
