package org.candour.admin.types;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.candour.admin.AdminPaths;
import org.candour.admin.DraftState;
import org.candour.admin.DraftStates;
import org.candour.api.EndpointRoles;
import org.candour.api.Refusal;
import org.candour.config.DraftDocument;
import org.candour.config.DraftManagement;
import org.candour.config.DraftSet;
import org.candour.definition.ConfigDocument;
import org.candour.definition.model.FeedbackType;
import org.candour.tenancy.TenantContext;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The draft's feedback types: the list, creating one, copying one. Every change is an
 * edit of the draft; nothing is live until published.
 */
@Controller
@RequestMapping("/t/{tenant}/admin/feedback-types")
@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.AUDITOR, EndpointRoles.PLATFORM_ADMIN })
class FeedbackTypesController {

	private final DraftStates states;

	private final DraftManagement drafts;

	FeedbackTypesController(DraftStates states, DraftManagement drafts) {
		this.states = states;
		this.drafts = drafts;
	}

	@GetMapping
	String list(Model model) {
		DraftState state = this.states.current();
		String tenant = tenant();
		model.addAttribute("types", state.ofKind("feedback-type").stream().map(document -> {
			FeedbackType type = FeedbackType.read(document);
			return new TypeRow(TypePages.title(document), TypePages.CATEGORY_LABELS.getOrDefault(type.category(), ""),
					type.isPublic() ? "Residents and staff" : "Staff only", type.retired(),
					AdminPaths.type(tenant, type.id()));
		}).toList());
		return "admin/types/list";
	}

	@GetMapping("/new")
	String newType(Model model) {
		return showNew(model, this.states.current(), TypeForm.empty(), List.of());
	}

	@PostMapping("/new")
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.PLATFORM_ADMIN })
	String create(@ModelAttribute TypeForm form, Model model, HttpServletResponse response) {
		DraftState state = this.states.current();
		List<FieldProblem> problems = form.problems(true);
		if (!problems.isEmpty()) {
			return invalid(response, showNew(model, state, form, problems));
		}
		String id = Slugs.of(form.trimmedTitle(), state.ids("feedback-type"));
		List<DraftDocument> documents = new ArrayList<>();
		Map<String, String> expected = new LinkedHashMap<>();
		String formId = form.form();
		if (form.copiesForm()) {
			formId = copyOf(state, "form", form.form(), id + "-form", form.trimmedTitle() + " form", documents,
					expected);
		}
		String workflowId = form.workflow();
		if (form.copiesWorkflow()) {
			workflowId = copyOf(state, "workflow", form.workflow(), id, form.trimmedTitle(), documents, expected);
		}
		ObjectNode content = TypeDocuments.newType(id, form, formId, workflowId);
		documents.add(0, new DraftDocument("feedback-type", id, content));
		expected.put("feedback-type/" + id, DraftSet.ABSENT);
		try {
			this.drafts.put(documents, expected);
		}
		catch (Refusal refusal) {
			if (TypePages.isConflict(refusal)) {
				return TypePages.conflict(refusal, AdminPaths.types(tenant()) + "/new", model, response);
			}
			return invalid(response, showNew(model, state, form, StoreProblems.of(refusal)));
		}
		return "redirect:" + AdminPaths.type(tenant(), id);
	}

	@GetMapping("/{id}/copy")
	String copy(@PathVariable String id, Model model) {
		DraftState state = this.states.current();
		FeedbackType type = TypePages.type(state, id);
		return showCopy(model, state, id, new CopyForm("Copy of " + TypePages.title(TypePages.document(state, id)),
				type.referencePrefix(), "", ""), List.of());
	}

	@PostMapping("/{id}/copy")
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.PLATFORM_ADMIN })
	String copied(@PathVariable String id, @ModelAttribute CopyForm form, Model model, HttpServletResponse response) {
		DraftState state = this.states.current();
		ConfigDocument original = TypePages.document(state, id);
		FeedbackType type = FeedbackType.read(original);
		List<FieldProblem> problems = form.problems();
		if (!problems.isEmpty()) {
			return invalid(response, showCopy(model, state, id, form, problems));
		}
		String newId = Slugs.of(form.title().trim(), state.ids("feedback-type"));
		List<DraftDocument> documents = new ArrayList<>();
		Map<String, String> expected = new LinkedHashMap<>();
		String formId = type.form();
		if (form.copiesForm() && formId != null) {
			formId = copyOf(state, "form", formId, newId + "-form", form.title().trim() + " form", documents, expected);
		}
		String workflowId = type.workflow();
		if (form.copiesWorkflow() && workflowId != null) {
			workflowId = copyOf(state, "workflow", workflowId, newId, form.title().trim(), documents, expected);
		}
		documents.add(0, new DraftDocument("feedback-type", newId,
				TypeDocuments.copyType(original, newId, form.title().trim(), form.prefix(), formId, workflowId)));
		expected.put("feedback-type/" + newId, DraftSet.ABSENT);
		try {
			this.drafts.put(documents, expected);
		}
		catch (Refusal refusal) {
			if (TypePages.isConflict(refusal)) {
				return TypePages.conflict(refusal, AdminPaths.type(tenant(), id) + "/copy", model, response);
			}
			List<FieldProblem> stored = StoreProblems.of(refusal)
				.stream()
				.map(problem -> problem.field().equals("referencePrefix") ? problem
						: new FieldProblem("title", problem.message()))
				.toList();
			return invalid(response, showCopy(model, state, id, form, stored));
		}
		return "redirect:" + AdminPaths.type(tenant(), newId);
	}

	private static String copyOf(DraftState state, String kind, String id, String wantedId, String title,
			List<DraftDocument> documents, Map<String, String> expected) {
		ConfigDocument original = state.find(kind, id).orElse(null);
		if (original == null) {
			return id;
		}
		String newId = Slugs.of(wantedId, state.ids(kind));
		documents.add(new DraftDocument(kind, newId, TypeDocuments.copy(original, newId, title)));
		expected.put(kind + "/" + newId, DraftSet.ABSENT);
		return newId;
	}

	private String showNew(Model model, DraftState state, TypeForm form, List<FieldProblem> problems) {
		TypePages.choices(model, state);
		model.addAttribute("form", form);
		model.addAttribute("errors", problems);
		return "admin/types/new";
	}

	private String showCopy(Model model, DraftState state, String id, CopyForm form, List<FieldProblem> problems) {
		model.addAttribute("original", TypePages.title(TypePages.document(state, id)));
		model.addAttribute("typeUrl", AdminPaths.type(tenant(), id));
		model.addAttribute("form", form);
		model.addAttribute("errors", problems);
		return "admin/types/copy";
	}

	static String invalid(HttpServletResponse response, String view) {
		response.setStatus(422);
		return view;
	}

	private static String tenant() {
		return TenantContext.require().value();
	}

	/** A feedback type as the list shows it. */
	record TypeRow(String title, String category, String audience, boolean retired, String href) {
	}

}
