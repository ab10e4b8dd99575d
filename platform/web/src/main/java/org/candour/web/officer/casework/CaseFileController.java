package org.candour.web.officer.casework;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.candour.api.Refusal;
import org.candour.api.EndpointRoles;
import org.candour.attachments.Attachment;
import org.candour.attachments.CaseAttachments;
import org.candour.attachments.Upload;
import org.candour.attachments.UploadRefused;
import org.candour.cases.CaseReference;
import org.candour.tenancy.TenantContext;
import org.candour.web.officer.OfficerPaths;
import org.candour.web.resident.ResidentUploads;

import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A case's files on the case screen: download one (signed-in staff, same scope as the
 * API), or add one (the roles that work cases) through the engine's attachments service,
 * with the checks of residents' uploads (type by content, size, number) and their plain
 * words when a file is refused.
 */
@Controller
@EndpointRoles({ EndpointRoles.OFFICER, EndpointRoles.MANAGER, EndpointRoles.INVESTIGATOR, EndpointRoles.AUDITOR })
class CaseFileController {

	/** The roles that may add files (those of the upload handler). */
	static final java.util.Set<String> ADDING = java.util.Set.of(EndpointRoles.OFFICER, EndpointRoles.MANAGER,
			EndpointRoles.INVESTIGATOR);

	private final CaseAttachments attachments;

	private final ResidentUploads words;

	private final MessageSource messages;

	CaseFileController(CaseAttachments attachments, ResidentUploads words, MessageSource messages) {
		this.attachments = attachments;
		this.words = words;
		this.messages = messages;
	}

	@GetMapping("/t/{tenant}/cases/{reference}/files/{id}")
	ResponseEntity<InputStreamResource> download(@PathVariable String reference, @PathVariable String id) {
		return this.attachments.open(new CaseReference(reference), id).asResponse();
	}

	@PostMapping("/t/{tenant}/cases/{reference}/files")
	@EndpointRoles({ EndpointRoles.OFFICER, EndpointRoles.MANAGER, EndpointRoles.INVESTIGATOR })
	String add(@PathVariable String reference, @RequestParam(name = "file", required = false) MultipartFile file,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		String problem;
		if (file == null || file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()) {
			problem = this.messages.getMessage("resident.file.select", null, Locale.ENGLISH);
		}
		else {
			try {
				Attachment added = this.attachments.add(new CaseReference(reference),
						new Upload(file.getOriginalFilename(), file.getSize(), file));
				redirect.addFlashAttribute("done", this.messages.getMessage("casework.done.file",
						new Object[] { added.fileName() }, Locale.ENGLISH));
				return back(reference);
			}
			catch (UploadRefused refused) {
				problem = this.words.refusal(refused.reason(), refused.policy(), Locale.ENGLISH);
			}
			catch (Refusal ex) {
				return RefusalPages.of(ex, response, model);
			}
		}
		refused(problem).forEach(redirect::addFlashAttribute);
		return back(reference);
	}

	/** The flash attributes with which the case screen shows a refused file. */
	static java.util.Map<String, Object> refused(String problem) {
		return java.util.Map.of("problems", List.of(new CaseScreenController.Problem("file", problem)), "fileError",
				problem);
	}

	private static String back(String reference) {
		return "redirect:" + OfficerPaths.caseScreen(TenantContext.require().value(), reference) + "#attachments";
	}

	static String path(String tenant, String reference, String id) {
		return "/t/" + tenant + "/cases/" + reference + "/files/" + id;
	}

}
