package org.candour.admin.members;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.candour.admin.PageProblem;
import org.candour.admin.Texts;
import org.candour.admin.types.Slugs;
import org.candour.api.EndpointRoles;
import org.candour.api.Refusal;
import org.candour.config.DraftDocument;
import org.candour.config.DraftManagement;
import org.candour.config.DraftSet;
import org.candour.definition.ConfigDocument;
import org.candour.definition.editing.RoleEditor;
import org.candour.definition.editing.RoleEditor.RoleFields;
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

/**
 * The draft's roles (role documents): each with its base role and limits in words, and a
 * role's page to add or change its title, base role, the feedback types it is limited to
 * and its remedy limit ({@link RoleEditor}; what the page does not show is kept). Saved
 * into the draft with the document's content hash (a stale save shows the conflict page);
 * members can be given a role once the draft is published. Auditors read only.
 */
@Controller
@RequestMapping("/t/{tenant}/admin/roles")
@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.AUDITOR, EndpointRoles.PLATFORM_ADMIN })
class RolesController {

	private static final String KIND = "role";

	private final DraftManagement drafts;

	RolesController(DraftManagement drafts) {
		this.drafts = drafts;
	}

	@GetMapping
	String list(@RequestParam(required = false) String done, Model model) {
		DraftSet draft = this.drafts.draft();
		Map<String, String> types = feedbackTypes(draft);
		model.addAttribute("roles",
				draft.documents()
					.stream()
					.filter(document -> document.kind().equals(KIND))
					.map(document -> new RoleRow(Texts.english(document.title(), document.id()),
							RoleChoices.baseTitle(RoleEditor.read(document.content()).baseRole()),
							RoleEditor.read(document.content())
								.feedbackTypes()
								.stream()
								.map(type -> types.getOrDefault(type, type))
								.toList(),
							RoleForm.of(RoleEditor.read(document.content()), "").remedyLimit(),
							base() + "/" + document.id()))
					.toList());
		model.addAttribute("done", done);
		model.addAttribute("addUrl", base() + "/new");
		return "admin/members/roles";
	}

	@GetMapping("/new")
	String add(Model model) {
		return show(model, this.drafts.draft(), null, new RoleForm("", "", List.of(), "", ""), List.of());
	}

	@PostMapping("/new")
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.PLATFORM_ADMIN })
	String added(@ModelAttribute RoleForm form, Model model, HttpServletResponse response) {
		DraftSet draft = this.drafts.draft();
		List<PageProblem> problems = problems(form, draft);
		if (!problems.isEmpty()) {
			response.setStatus(422);
			return show(model, draft, null, form, problems);
		}
		List<String> taken = draft.documents()
			.stream()
			.filter(document -> document.kind().equals(KIND))
			.map(ConfigDocument::id)
			.toList();
		String id = Slugs.of(form.title(), taken);
		return put(id, RoleEditor.create(id, form.fields()), DraftSet.ABSENT, model, response,
				refused -> show(model, draft, null, form, refused));
	}

	@GetMapping("/{id}")
	String role(@PathVariable String id, Model model) {
		DraftSet draft = this.drafts.draft();
		ConfigDocument document = document(draft, id);
		return show(model, draft, document, RoleForm.of(RoleEditor.read(document.content()), draft.hashOf(KIND, id)),
				List.of());
	}

	@PostMapping("/{id}")
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.PLATFORM_ADMIN })
	String changed(@PathVariable String id, @ModelAttribute RoleForm form, Model model, HttpServletResponse response) {
		DraftSet draft = this.drafts.draft();
		ConfigDocument document = document(draft, id);
		List<PageProblem> problems = problems(form, draft);
		if (!problems.isEmpty()) {
			response.setStatus(422);
			return show(model, draft, document, form, problems);
		}
		return put(id, RoleEditor.apply(document.content(), form.fields()), form.hash(), model, response,
				refused -> show(model, draft, document, form, refused));
	}

	private String put(String id, ObjectNode content, String hash, Model model, HttpServletResponse response,
			java.util.function.Function<List<PageProblem>, String> refusedPage) {
		try {
			this.drafts.put(new DraftDocument(KIND, id, content), hash);
		}
		catch (Refusal refusal) {
			if (refusal.is(Refusal.Kind.STALE)) {
				response.setStatus(HttpStatus.CONFLICT.value());
				model.addAttribute("reloadUrl", base() + "/" + id);
				model.addAttribute("changedWhat", "role");
				return "admin/conflict";
			}
			response.setStatus(422);
			return refusedPage.apply(refusal.violations()
				.stream()
				.map(violation -> new PageProblem(field(violation.pointer()), violation.message()))
				.distinct()
				.toList());
		}
		return "redirect:" + base() + "?done=" + id;
	}

	private static String field(String pointer) {
		if (pointer == null) {
			return "title";
		}
		if (pointer.startsWith("/spec/limits")) {
			return "feedbackTypes";
		}
		if (pointer.startsWith("/spec/remedyLimit")) {
			return "remedyLimit";
		}
		return pointer.startsWith("/spec/baseRole") ? "baseRole" : "title";
	}

	private List<PageProblem> problems(RoleForm form, DraftSet draft) {
		return form.problems(RoleChoices.baseRoles(), feedbackTypes(draft).keySet());
	}

	private String show(Model model, DraftSet draft, ConfigDocument document, RoleForm form,
			List<PageProblem> problems) {
		List<RoleChoices.Choice> types = new ArrayList<>();
		feedbackTypes(draft).forEach((id, title) -> types.add(new RoleChoices.Choice(id, title)));
		model.addAttribute("adding", document == null);
		model.addAttribute("title", (document == null) ? "Add a role" : Texts.english(document.title(), document.id()));
		model.addAttribute("form", form);
		model.addAttribute("errors", problems);
		model.addAttribute("baseChoices", RoleChoices.baseChoices());
		model.addAttribute("typeChoices", types);
		model.addAttribute("action", (document == null) ? base() + "/new" : base() + "/" + document.id());
		model.addAttribute("listUrl", base());
		return "admin/members/role";
	}

	private static Map<String, String> feedbackTypes(DraftSet draft) {
		Map<String, String> types = new java.util.LinkedHashMap<>();
		draft.documents()
			.stream()
			.filter(document -> document.kind().equals("feedback-type"))
			.forEach(document -> types.put(document.id(), Texts.english(document.title(), document.id())));
		return types;
	}

	private static ConfigDocument document(DraftSet draft, String id) {
		return draft.find(KIND, id).orElseThrow(() -> Refusal.notFound("No role " + id + " in the draft"));
	}

	private static String base() {
		return "/t/" + TenantContext.require().value() + "/admin/roles";
	}

	/**
	 * A role as the list shows it.
	 *
	 * @param title its name
	 * @param baseRole its base role in words
	 * @param feedbackTypes the titles of the feedback types it is limited to
	 * @param remedyLimit its remedy limit in pounds, or empty
	 * @param href its page
	 */
	record RoleRow(String title, String baseRole, List<String> feedbackTypes, String remedyLimit, String href) {
	}

}
