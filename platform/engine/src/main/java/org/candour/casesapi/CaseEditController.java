package org.candour.casesapi;

import java.util.Map;

import org.candour.api.Refusal;
import org.candour.api.EndpointRoles;
import org.candour.api.RequestBodies;
import org.candour.cases.CaseDataEdits;
import org.candour.cases.CaseNotes;
import org.candour.cases.CaseRecords;
import org.candour.cases.CaseReference;
import org.candour.cases.CaseResource;
import org.candour.cases.EditCaseData;
import org.candour.cases.FeedbackCase;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Changes to a case outside its workflow's actions: editing its form data, internal
 * notes; and its contact details, for the roles that may see them.
 */
@RestController
@RequestMapping("/api/tenants/{tenant}/cases/{reference}")
class CaseEditController {

	private final CaseDataEdits edits;

	private final CaseNotes notes;

	private final CaseRecords records;

	private final RequestBodies bodies;

	CaseEditController(CaseDataEdits edits, CaseNotes notes, CaseRecords records, RequestBodies bodies) {
		this.edits = edits;
		this.notes = notes;
		this.records = records;
		this.bodies = bodies;
	}

	@PatchMapping("/data")
	@EndpointRoles({ EndpointRoles.OFFICER, EndpointRoles.MANAGER, EndpointRoles.INVESTIGATOR })
	CaseResource edit(@PathVariable String reference, @RequestBody JsonNode body,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		this.bodies.require("case-data-edit", body);
		Long version = body.has("version") ? Long.valueOf(body.path("version").asLong()) : IfMatch.version(ifMatch);
		return CaseResource.of(this.edits.edit(new EditCaseData(new CaseReference(reference),
				(ObjectNode) body.path("data"), version, body.path("comment").asString(null))));
	}

	@PostMapping("/notes")
	@EndpointRoles({ EndpointRoles.OFFICER, EndpointRoles.MANAGER, EndpointRoles.INVESTIGATOR })
	ResponseEntity<CaseResource> note(@PathVariable String reference, @RequestBody JsonNode body) {
		this.bodies.require("case-note", body);
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(CaseResource.of(this.notes.add(reference, body.path("text").asString())));
	}

	@GetMapping("/people")
	@EndpointRoles({ EndpointRoles.OFFICER, EndpointRoles.MANAGER, EndpointRoles.INVESTIGATOR })
	Map<String, JsonNode> people(@PathVariable String reference) {
		FeedbackCase found = this.records.load(reference);
		return Map.of("contact",
				this.records.contact(found)
					.map(JsonNode.class::cast)
					.orElseGet(tools.jackson.databind.node.JsonNodeFactory.instance::objectNode));
	}

	/** The version of an {@code If-Match} header. */
	static final class IfMatch {

		private IfMatch() {
		}

		static Long version(String ifMatch) {
			if (ifMatch == null || ifMatch.isBlank()) {
				return null;
			}
			try {
				return Long.valueOf(ifMatch.replace("\"", "").replace("W/", "").trim());
			}
			catch (NumberFormatException ex) {
				throw Refusal.malformed("/If-Match", "invalid-version", "If-Match must be the case version number");
			}
		}

	}

}
