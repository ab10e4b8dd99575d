package org.candour.admin.documents;

import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.candour.admin.AdminPaths;
import org.candour.admin.ProblemLinks;
import org.candour.admin.Texts;
import org.candour.api.ApiError;
import org.candour.api.EndpointRoles;
import org.candour.api.Refusal;
import org.candour.config.DraftDocument;
import org.candour.config.DraftManagement;
import org.candour.config.DraftSet;
import org.candour.definition.ConfigDocument;
import org.candour.packs.PackExport;
import org.candour.tenancy.TenantContext;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The JSON view, for power users: every document of the draft listed, viewed and edited
 * as JSON, checked by the same meta-schema and with the same messages as any other edit,
 * saved only if the document is unchanged since it was read. Also where the configuration
 * is downloaded as a pack.
 */
@Controller
@RequestMapping("/t/{tenant}/admin/documents")
@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.AUDITOR, EndpointRoles.PLATFORM_ADMIN })
class DocumentsController {

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private final DraftManagement drafts;

	private final PackExport export;

	DocumentsController(DraftManagement drafts, PackExport export) {
		this.drafts = drafts;
		this.export = export;
	}

	/** The draft as a configuration pack (a zip that deploys as it is). */
	@GetMapping("/export")
	ResponseEntity<byte[]> export() {
		PackExport.Exported exported = this.export.draft();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/zip"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(exported.fileName()).build().toString())
			.body(exported.zip());
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("documents",
				this.drafts.draft()
					.documents()
					.stream()
					.sorted(Comparator.comparing(ConfigDocument::kind).thenComparing(ConfigDocument::id))
					.map(document -> new Listed(ProblemLinks.kind(document.kind()),
							Texts.english(document.title(), document.id()), path(document.kind(), document.id())))
					.toList());
		return "admin/documents/list";
	}

	@GetMapping("/{kind}/{id}")
	String view(@PathVariable String kind, @PathVariable String id, Model model) {
		DraftSet draft = this.drafts.draft();
		ConfigDocument document = draft.find(kind, id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return show(model, document, JSON.writeValueAsString(document.content()), draft.hashOf(kind, id), List.of());
	}

	@PostMapping("/{kind}/{id}")
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.PLATFORM_ADMIN })
	String save(@PathVariable String kind, @PathVariable String id, @RequestParam(defaultValue = "") String json,
			@RequestParam(defaultValue = "") String hash, Model model, HttpServletResponse response) {
		ConfigDocument document = this.drafts.draft()
			.find(kind, id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		JsonNode parsed;
		try {
			parsed = JSON.readTree(json);
		}
		catch (JacksonException ex) {
			response.setStatus(422);
			return show(model, document, json, hash, List.of(new Problem("#json",
					"This is not JSON: " + ex.getOriginalMessage() + " (line " + ex.getLocation().getLineNr() + ")")));
		}
		if (!(parsed instanceof ObjectNode content) || !kind.equals(content.path("kind").asString(""))
				|| !id.equals(content.path("id").asString(""))) {
			response.setStatus(422);
			return show(model, document, json, hash, List.of(new Problem("#json",
					"Keep the document an object with \"kind\": \"" + kind + "\" and \"id\": \"" + id + "\"")));
		}
		try {
			this.drafts.put(new DraftDocument(kind, id, content), hash);
		}
		catch (Refusal refusal) {
			if (refusal.is(Refusal.Kind.STALE)) {
				response.setStatus(HttpStatus.CONFLICT.value());
				model.addAttribute("reloadUrl", path(kind, id));
				model.addAttribute("changedWhat", "document");
				return "admin/conflict";
			}
			response.setStatus(422);
			return show(model, document, json, hash,
					refusal.violations().stream().map(DocumentsController::problem).toList());
		}
		return "redirect:" + path(kind, id) + "?saved";
	}

	private static Problem problem(ApiError violation) {
		String where = violation.pointer() == null || violation.pointer().isEmpty() ? ""
				: " (at " + violation.pointer() + ")";
		return new Problem("#json", violation.message() + where);
	}

	private String show(Model model, ConfigDocument document, String json, String hash, List<Problem> errors) {
		model.addAttribute("kindName", ProblemLinks.kind(document.kind()));
		model.addAttribute("documentTitle", Texts.english(document.title(), document.id()));
		model.addAttribute("json", json);
		model.addAttribute("hash", hash);
		model.addAttribute("errors", errors);
		model.addAttribute("action", path(document.kind(), document.id()));
		return "admin/documents/document";
	}

	private static String path(String kind, String id) {
		return AdminPaths.home(TenantContext.require().value()) + "/documents/" + kind + "/" + id;
	}

	/**
	 * A document as the list shows it.
	 *
	 * @param kind its kind, in words
	 * @param title its title
	 * @param href its JSON view
	 */
	record Listed(String kind, String title, String href) {
	}

	/**
	 * A problem as the error summary lists it.
	 *
	 * @param href the field it links to
	 * @param message what is wrong, in the store's words
	 */
	record Problem(String href, String message) {
	}

}
