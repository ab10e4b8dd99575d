package org.candour.admin.privacy;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.candour.admin.PageProblem;
import org.candour.api.Actors;
import org.candour.api.EndpointRoles;
import org.candour.api.Refusal;
import org.candour.privacy.Erasure;
import org.candour.privacy.Identifiers;
import org.candour.privacy.SubjectAccess;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Subject access and erasure": a tenant administrator looks a person up by their
 * identifiers (posted, so they stay out of addresses and access logs), sees every case
 * about them, downloads the export, and erases the person's details with a reason and a
 * confirmation. Auditors read the privacy log only.
 */
@Controller
class SubjectAccessPageController {

	private static final String PAGE = "admin/privacy/subject-access";

	private final SubjectAccess access;

	private final Erasure erasure;

	private final Actors actors;

	SubjectAccessPageController(SubjectAccess access, Erasure erasure, Actors actors) {
		this.access = access;
		this.erasure = erasure;
		this.actors = actors;
	}

	@GetMapping("/t/{tenant}/admin/subject-access")
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.AUDITOR, EndpointRoles.DATA_PROTECTION })
	String page(Model model) {
		return render(model, SearchForm.EMPTY, List.of(), null);
	}

	@PostMapping("/t/{tenant}/admin/subject-access")
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.DATA_PROTECTION })
	String search(SearchForm form, Model model, HttpServletResponse response) {
		try {
			model.addAttribute("matches", this.access.find(form.identifiers()));
			return render(model, form, List.of(), null);
		}
		catch (Refusal refusal) {
			response.setStatus(422);
			return render(model, form, problems(refusal, ""), null);
		}
	}

	@PostMapping("/t/{tenant}/admin/subject-access/export")
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.DATA_PROTECTION })
	ResponseEntity<byte[]> export(SearchForm form) {
		SubjectAccess.Export export = this.access.export(form.identifiers());
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/zip"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(export.fileName()).build().toString())
			.body(export.zip());
	}

	@PostMapping("/t/{tenant}/admin/subject-access/erasure")
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.DATA_PROTECTION })
	String erase(SearchForm form, @RequestParam String person,
			@RequestParam org.springframework.util.MultiValueMap<String, String> params,
			@RequestParam(required = false) String confirm, Model model, HttpServletResponse response) {
		// the reason box is named after the person, as each person found has their own
		// form
		String reason = params.getFirst("reason-" + person);
		List<PageProblem> errors = new java.util.ArrayList<>();
		if (reason == null || reason.isBlank()) {
			errors.add(new PageProblem("reason-" + person, "Enter the reason for erasing this person's details"));
		}
		if (!"yes".equals(confirm)) {
			errors.add(new PageProblem("confirm-" + person,
					"Confirm that the person's details are to be erased: this cannot be undone"));
		}
		Erasure.Result result = null;
		if (errors.isEmpty()) {
			try {
				result = this.erasure.erase(person, reason);
			}
			catch (Refusal refusal) {
				errors.addAll(problems(refusal, "-" + person));
			}
		}
		if (!errors.isEmpty()) {
			response.setStatus(422);
			model.addAttribute("reasons", Map.of(person, reason == null ? "" : reason));
		}
		model.addAttribute("matches", this.access.find(form.identifiers()));
		return render(model, form, errors, result);
	}

	private String render(Model model, SearchForm form, List<PageProblem> errors, Erasure.Result erased) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("erased", erased);
		model.addAttribute("canSearch",
				this.actors.current().hasAnyRole(List.of(EndpointRoles.TENANT_ADMIN, EndpointRoles.DATA_PROTECTION)));
		model.addAttribute("log", this.access.log().stream().map(LogRow::of).toList());
		if (!model.containsAttribute("reasons")) {
			model.addAttribute("reasons", Map.of());
		}
		return PAGE;
	}

	/** The refusal's problems, each at the field its pointer names (with the suffix). */
	private static List<PageProblem> problems(Refusal refusal, String suffix) {
		return refusal.violations()
			.stream()
			.map(error -> new PageProblem(
					(error.pointer() == null || error.pointer().isEmpty() ? "email" : error.pointer().substring(1))
							+ suffix,
					error.message()))
			.toList();
	}

}
