package org.candour.attachments;

import java.util.List;

import org.candour.api.ApiError;
import org.candour.api.Refusal;
import org.candour.api.EndpointRoles;
import org.candour.api.Problems;
import org.candour.cases.CaseReference;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;

/**
 * A case's files: add one ({@code multipart/form-data}, part {@code file}), list them,
 * download one. Downloads are always sent as attachments, with the type their content
 * showed and {@code nosniff}.
 */
@RestController
@RequestMapping("/api/tenants/{tenant}/cases/{reference}/attachments")
class AttachmentController {

	private final CaseAttachments attachments;

	private final UploadPolicies policies;

	AttachmentController(CaseAttachments attachments, UploadPolicies policies) {
		this.attachments = attachments;
		this.policies = policies;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@EndpointRoles({ EndpointRoles.OFFICER, EndpointRoles.MANAGER, EndpointRoles.INVESTIGATOR,
			EndpointRoles.TENANT_ADMIN })
	ResponseEntity<Attachment> add(@PathVariable String reference,
			@RequestParam(name = "file", required = false) MultipartFile file) {
		if (file == null) {
			throw Refusal.malformed("/file", "attachment.missing", "Send the file as the multipart part 'file'");
		}
		try {
			Attachment added = this.attachments.add(new CaseReference(reference),
					new Upload(file.getOriginalFilename(), file.getSize(), file));
			return ResponseEntity.status(HttpStatus.CREATED).header(HttpHeaders.LOCATION, added.id()).body(added);
		}
		catch (UploadRefused refused) {
			throw Refusal.rulesBroken("The file was not stored",
					List.of(new ApiError("/file", refused.code(), refused.getMessage())));
		}
	}

	/** A file over the servlet's multipart limit is refused like any other too large. */
	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ProblemDetail tooLarge() {
		UploadRefused refused = new UploadRefused(UploadRefused.Reason.TOO_LARGE, this.policies.forCase());
		return Problems.of(HttpStatus.CONTENT_TOO_LARGE, "Content too large", "The file was not stored",
				List.of(new ApiError("/file", refused.code(), refused.getMessage())));
	}

	@GetMapping
	@EndpointRoles({ EndpointRoles.OFFICER, EndpointRoles.MANAGER, EndpointRoles.INVESTIGATOR, EndpointRoles.AUDITOR })
	List<Attachment> list(@PathVariable String reference) {
		return this.attachments.list(new CaseReference(reference));
	}

	@GetMapping("/{id}")
	@EndpointRoles({ EndpointRoles.OFFICER, EndpointRoles.MANAGER, EndpointRoles.INVESTIGATOR, EndpointRoles.AUDITOR })
	ResponseEntity<InputStreamResource> download(@PathVariable String reference, @PathVariable String id) {
		return this.attachments.open(new CaseReference(reference), id).asResponse();
	}

}
