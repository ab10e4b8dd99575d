package org.candour.admin.codelists;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.candour.admin.AdminPaths;
import org.candour.admin.PageProblem;
import org.candour.admin.Texts;
import org.candour.admin.TranslatedTexts;
import org.candour.admin.Welsh;
import org.candour.api.EndpointRoles;
import org.candour.api.Refusal;
import org.candour.config.DraftDocument;
import org.candour.config.DraftManagement;
import org.candour.config.DraftSet;
import org.candour.definition.ConfigDocument;
import org.candour.definition.model.CodeList;
import org.candour.tenancy.TenantContext;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The code lists of the draft (outcomes, channels, themes, closure reasons…): what uses
 * each, their values with English and Welsh labels, adding a value, changing a value's
 * labels or retiring it, and deleting a value, refused while the configuration uses it
 * (see {@link org.candour.definition.CodeListUsage}). A code never changes once added:
 * cases hold it. Each save carries the list's hash as the page read it, so a save over
 * someone else's change shows the conflict page and writes nothing.
 */
@Controller
@RequestMapping("/t/{tenant}/admin/code-lists")
@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.AUDITOR, EndpointRoles.PLATFORM_ADMIN })
class CodeListsController {

	private static final String KIND = "code-list";

	private final DraftManagement drafts;

	CodeListsController(DraftManagement drafts) {
		this.drafts = drafts;
	}

	@GetMapping
	String lists(Model model) {
		DraftSet draft = this.drafts.draft();
		model.addAttribute("lists",
				draft.documents()
					.stream()
					.filter(document -> document.kind().equals(KIND))
					.map(document -> new ListRow(title(document), AdminPaths.codeList(tenant(), document.id()),
							CodeList.read(document).values().size(), CodeListUses.ofList(draft, document.id())))
					.toList());
		return "admin/codelists/lists";
	}

	@GetMapping("/{id}")
	String list(@PathVariable String id, @RequestParam(required = false) String done, Model model) {
		DraftSet draft = this.drafts.draft();
		ConfigDocument document = document(draft, id);
		boolean welsh = Welsh.offeredBy(draft);
		String base = AdminPaths.codeList(tenant(), id);
		model.addAttribute("title", title(document));
		model.addAttribute("listUrl", base);
		model.addAttribute("welsh", welsh);
		model.addAttribute("done", done);
		model.addAttribute("uses", CodeListUses.ofList(draft, id));
		model.addAttribute("values",
				CodeList.read(document)
					.values()
					.stream()
					.map(code -> new ValueRow(code.code(), TranslatedTexts.in(code.label(), "en"),
							TranslatedTexts.in(code.label(), "cy"), code.retired(), base + "/values/" + code.code()))
					.toList());
		return "admin/codelists/list";
	}

	@GetMapping("/{id}/new-value")
	String newValue(@PathVariable String id, Model model) {
		DraftSet draft = this.drafts.draft();
		return showValue(model, draft, document(draft, id), null, new ValueForm("", "", "", "", draft.hashOf(KIND, id)),
				List.of());
	}

	@PostMapping("/{id}/new-value")
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.PLATFORM_ADMIN })
	String addValue(@PathVariable String id, @ModelAttribute ValueForm form, Model model,
			HttpServletResponse response) {
		DraftSet draft = this.drafts.draft();
		ConfigDocument document = document(draft, id);
		List<PageProblem> problems = form.problems(true, codes(document));
		if (!problems.isEmpty()) {
			response.setStatus(422);
			return showValue(model, draft, document, null, form, problems);
		}
		return put(id, CodeListDocuments.withNewValue(document.content(), form, Welsh.offeredBy(draft)), form.hash(),
				"added", AdminPaths.codeList(tenant(), id) + "/new-value", model, response,
				refused -> showValue(model, draft, document, null, form, refused));
	}

	@GetMapping("/{id}/values/{code}")
	String value(@PathVariable String id, @PathVariable String code, Model model) {
		DraftSet draft = this.drafts.draft();
		ConfigDocument document = document(draft, id);
		CodeList.Code value = code(document, code);
		return showValue(
				model, draft, document, value, new ValueForm(code, TranslatedTexts.in(value.label(), "en"),
						TranslatedTexts.in(value.label(), "cy"), value.retired() ? "yes" : "", draft.hashOf(KIND, id)),
				List.of());
	}

	@PostMapping("/{id}/values/{code}")
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.PLATFORM_ADMIN })
	String changeValue(@PathVariable String id, @PathVariable String code, @ModelAttribute ValueForm form, Model model,
			HttpServletResponse response) {
		DraftSet draft = this.drafts.draft();
		ConfigDocument document = document(draft, id);
		CodeList.Code value = code(document, code);
		List<PageProblem> problems = form.problems(false, codes(document));
		if (!problems.isEmpty()) {
			response.setStatus(422);
			return showValue(model, draft, document, value, form, problems);
		}
		return put(id, CodeListDocuments.withChangedValue(document.content(), code, form, Welsh.offeredBy(draft)),
				form.hash(), "changed", AdminPaths.codeList(tenant(), id) + "/values/" + code, model, response,
				refused -> showValue(model, draft, document, value, form, refused));
	}

	@GetMapping("/{id}/values/{code}/delete")
	String confirmDelete(@PathVariable String id, @PathVariable String code, Model model) {
		DraftSet draft = this.drafts.draft();
		ConfigDocument document = document(draft, id);
		code(document, code);
		return showDelete(model, draft, document, code, CodeListUses.ofCode(draft, id, code), false);
	}

	@PostMapping("/{id}/values/{code}/delete")
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.PLATFORM_ADMIN })
	String delete(@PathVariable String id, @PathVariable String code, @RequestParam(defaultValue = "") String hash,
			Model model, HttpServletResponse response) {
		DraftSet draft = this.drafts.draft();
		ConfigDocument document = document(draft, id);
		code(document, code);
		List<String> uses = CodeListUses.ofCode(draft, id, code);
		if (!uses.isEmpty()) {
			response.setStatus(422);
			return showDelete(model, draft, document, code, uses, true);
		}
		if (CodeList.read(document).values().size() == 1) {
			response.setStatus(422);
			model.addAttribute("lastValue", true);
			return showDelete(model, draft, document, code, List.of(), true);
		}
		return put(id, CodeListDocuments.withoutValue(document.content(), code), hash, "deleted",
				AdminPaths.codeList(tenant(), id), model, response,
				refused -> showDelete(model, draft, document, code, List.of(), true));
	}

	private String put(String id, ObjectNode content, String hash, String done, String reloadUrl, Model model,
			HttpServletResponse response, java.util.function.Function<List<PageProblem>, String> refusedPage) {
		try {
			this.drafts.put(new DraftDocument(KIND, id, content), hash);
		}
		catch (Refusal refusal) {
			if (refusal.is(Refusal.Kind.STALE)) {
				response.setStatus(HttpStatus.CONFLICT.value());
				model.addAttribute("reloadUrl", reloadUrl);
				model.addAttribute("changedWhat", "code list");
				return "admin/conflict";
			}
			response.setStatus(422);
			return refusedPage.apply(refusal.violations()
				.stream()
				.map(violation -> new PageProblem(
						violation.pointer() != null && violation.pointer().endsWith("/code") ? "code" : "labelEn",
						violation.message()))
				.distinct()
				.toList());
		}
		return "redirect:" + AdminPaths.codeList(tenant(), id) + "?done=" + done;
	}

	private String showValue(Model model, DraftSet draft, ConfigDocument document, CodeList.Code value, ValueForm form,
			List<PageProblem> errors) {
		String base = AdminPaths.codeList(tenant(), document.id());
		model.addAttribute("title", title(document));
		model.addAttribute("listTitle", title(document));
		model.addAttribute("listUrl", base);
		model.addAttribute("adding", value == null);
		model.addAttribute("action", value == null ? base + "/new-value" : base + "/values/" + value.code());
		model.addAttribute("form", form);
		model.addAttribute("welsh", Welsh.offeredBy(draft));
		model.addAttribute("errors", errors);
		model.addAttribute("uses", value == null ? List.of() : CodeListUses.ofCode(draft, document.id(), value.code()));
		return "admin/codelists/value";
	}

	/**
	 * @param refused whether a deletion was just refused (the error summary says why)
	 */
	private String showDelete(Model model, DraftSet draft, ConfigDocument document, String code, List<String> uses,
			boolean refused) {
		String base = AdminPaths.codeList(tenant(), document.id());
		CodeList.Code value = code(document, code);
		model.addAttribute("title", title(document));
		model.addAttribute("listTitle", title(document));
		model.addAttribute("listUrl", base);
		model.addAttribute("valueUrl", base + "/values/" + code);
		model.addAttribute("code", code);
		model.addAttribute("label", TranslatedTexts.in(value.label(), "en"));
		model.addAttribute("hash", draft.hashOf(KIND, document.id()));
		model.addAttribute("uses", uses);
		model.addAttribute("errors", uses.isEmpty() ? List.of() : List.of(new PageProblem("uses", "You cannot delete ‘"
				+ TranslatedTexts.in(value.label(), "en") + "’ while the configuration uses it")));
		return "admin/codelists/delete";
	}

	private static ConfigDocument document(DraftSet draft, String id) {
		return draft.find(KIND, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static CodeList.Code code(ConfigDocument document, String code) {
		return CodeList.read(document).code(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static List<String> codes(ConfigDocument document) {
		return CodeList.read(document).values().stream().map(CodeList.Code::code).toList();
	}

	private static String title(ConfigDocument document) {
		return Texts.english(document.title(), document.id());
	}

	private static String tenant() {
		return TenantContext.require().value();
	}

	/** A list as the lists page shows it. */
	record ListRow(String title, String href, int values, List<String> uses) {
	}

	/** A value as its list's page shows it. */
	record ValueRow(String code, String labelEn, String labelCy, boolean retired, String href) {
	}

}
