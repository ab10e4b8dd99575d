package org.candour.privacy;

import java.util.ArrayList;
import java.util.List;

import org.candour.api.EndpointRoles;
import org.candour.api.Refusal;
import tools.jackson.databind.JsonNode;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The subject access API: the matches for a person's identifiers, an export of them as
 * one zip, and the privacy log.
 */
@RestController
class SubjectAccessController {

	private final SubjectAccess access;

	SubjectAccessController(SubjectAccess access) {
		this.access = access;
	}

	@GetMapping("/api/tenants/{tenant}/subject-access")
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.DATA_PROTECTION })
	Matches matches(@RequestParam(required = false) String email, @RequestParam(required = false) String phone,
			@RequestParam(required = false) String name, @RequestParam(required = false) String address,
			@RequestParam(required = false) String reference) {
		return this.access.find(new Identifiers(email, phone, name, address, reference));
	}

	@PostMapping("/api/tenants/{tenant}/subject-access/exports")
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.DATA_PROTECTION })
	ResponseEntity<byte[]> export(@RequestBody JsonNode body) {
		SubjectAccess.Export export = body.has("cases")
				? this.access.export(references(body.path("cases")), List.of("cases"))
				: this.access.export(identifiers(body));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/zip"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(export.fileName()).build().toString())
			.header("Candour-Export-Id", export.id())
			.body(export.zip());
	}

	@GetMapping("/api/tenants/{tenant}/subject-access/log")
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.AUDITOR, EndpointRoles.DATA_PROTECTION })
	List<PrivacyLogEntry> log() {
		return this.access.log();
	}

	private static Identifiers identifiers(JsonNode body) {
		return new Identifiers(text(body, "email"), text(body, "phone"), text(body, "name"), text(body, "address"),
				text(body, "reference"));
	}

	private static List<String> references(JsonNode cases) {
		if (!cases.isArray() || cases.isEmpty()) {
			throw Refusal.malformed("/cases", "subject-access.cases-missing",
					"cases is a list of the references of the cases to export");
		}
		List<String> references = new ArrayList<>();
		for (int i = 0; i < cases.size(); i++) {
			if (!cases.get(i).isString() || cases.get(i).asString().isBlank()) {
				throw Refusal.malformed("/cases/" + i, "subject-access.case-not-a-reference",
						"Each case is given by its reference, like CMP-2024-0001");
			}
			references.add(cases.get(i).asString().strip());
		}
		return references;
	}

	private static String text(JsonNode body, String field) {
		JsonNode value = body.path(field);
		if (!value.isMissingNode() && !value.isNull() && !value.isString()) {
			throw Refusal.malformed("/" + field, "subject-access.not-text", field + " must be text");
		}
		return value.asString(null);
	}

}
