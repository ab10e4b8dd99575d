package org.candour.web.officer.casework;

import org.candour.api.EndpointRoles;
import org.candour.attachments.CaseAttachments;
import org.candour.cases.CaseReference;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Downloads a case's file from the case screen (signed-in staff, same scope as the API).
 */
@Controller
@EndpointRoles({ EndpointRoles.OFFICER, EndpointRoles.MANAGER, EndpointRoles.INVESTIGATOR, EndpointRoles.AUDITOR })
class CaseFileController {

	private final CaseAttachments attachments;

	CaseFileController(CaseAttachments attachments) {
		this.attachments = attachments;
	}

	@GetMapping("/t/{tenant}/cases/{reference}/files/{id}")
	ResponseEntity<InputStreamResource> download(@PathVariable String reference, @PathVariable String id) {
		return this.attachments.open(new CaseReference(reference), id).asResponse();
	}

	static String path(String tenant, String reference, String id) {
		return "/t/" + tenant + "/cases/" + reference + "/files/" + id;
	}

}
