package org.candour.admin.types;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.candour.admin.AdminPaths;
import org.candour.admin.DraftState;
import org.candour.admin.DraftStates;
import org.candour.api.EndpointRoles;
import org.candour.api.Refusal;
import org.candour.config.DraftDocument;
import org.candour.config.DraftManagement;
import org.candour.definition.ConfigDocument;
import org.candour.definition.model.FeedbackType;
import org.candour.tenancy.TenantContext;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One feedback type of the draft: its task list, its details (rename, describe, category,
 * who may give it, reference prefix, retention, acknowledgement template), and retiring
 * it. Each save carries the document's hash as the page read it, so a save over someone
 * else's change shows the conflict page and writes nothing.
 */
@Controller
@RequestMapping("/t/{tenant}/admin/feedback-types/{id}")
@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.AUDITOR, EndpointRoles.PLATFORM_ADMIN })
class FeedbackTypeController {

	private final DraftStates states;

	private final DraftManagement drafts;

	FeedbackTypeController(DraftStates states, DraftManagement drafts) {
		this.states = states;
		this.drafts = drafts;
	}

	@GetMapping
	String tasks(@PathVariable String id, Model model) {
		DraftState state = this.states.current();
		FeedbackType type = TypePages.type(state, id);
		String base = AdminPaths.type(tenant(), id);
		model.addAttribute("typeTitle", TypePages.title(TypePages.document(state, id)));
		model.addAttribute("type", type);
		model.addAttribute("typeUrl", base);
		model.addAttribute("tasks",
				TaskStatuses.of(type, state,
						new TaskStatuses.TaskLinks(base + "/details", base + "/form",
								AdminPaths.templates(tenant()) + "?type=" + id, base + "/workflow",
								AdminPaths.check(tenant()))));
		return "admin/types/tasks";
	}

	@GetMapping("/details")
	String details(@PathVariable String id, Model model) {
		DraftState state = this.states.current();
		ConfigDocument document = TypePages.document(state, id);
		TypeForm form = TypeForm.of(FeedbackType.read(document), TypePages.description(document),
				state.draft().hashOf("feedback-type", id));
		return showDetails(model, state, id, form, List.of());
	}

	@PostMapping("/details")
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.PLATFORM_ADMIN })
	String saveDetails(@PathVariable String id, @ModelAttribute TypeForm form, Model model,
			HttpServletResponse response) {
		DraftState state = this.states.current();
		ConfigDocument document = TypePages.document(state, id);
		List<FieldProblem> problems = form.problems(false);
		if (!problems.isEmpty()) {
			return FeedbackTypesController.invalid(response, showDetails(model, state, id, form, problems));
		}
		try {
			this.drafts.put(new DraftDocument("feedback-type", id, TypeDocuments.withDetails(document.content(), form)),
					form.hash() == null ? "" : form.hash());
		}
		catch (Refusal refusal) {
			if (TypePages.isConflict(refusal)) {
				return TypePages.conflict(refusal, AdminPaths.type(tenant(), id) + "/details", model, response);
			}
			return FeedbackTypesController.invalid(response,
					showDetails(model, state, id, form, StoreProblems.of(refusal)));
		}
		return "redirect:" + AdminPaths.type(tenant(), id);
	}

	@GetMapping("/retire")
	String retire(@PathVariable String id, Model model) {
		DraftState state = this.states.current();
		ConfigDocument document = TypePages.document(state, id);
		model.addAttribute("typeTitle", TypePages.title(document));
		model.addAttribute("retired", FeedbackType.read(document).retired());
		model.addAttribute("hash", state.draft().hashOf("feedback-type", id));
		model.addAttribute("typeUrl", AdminPaths.type(tenant(), id));
		return "admin/types/retire";
	}

	@PostMapping("/retire")
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.PLATFORM_ADMIN })
	String retired(@PathVariable String id, @RequestParam(defaultValue = "") String hash,
			@RequestParam(defaultValue = "true") boolean retired, Model model, HttpServletResponse response) {
		ConfigDocument document = TypePages.document(this.states.current(), id);
		try {
			this.drafts.put(new DraftDocument("feedback-type", id, TypeDocuments.retired(document.content(), retired)),
					hash);
		}
		catch (Refusal refusal) {
			return TypePages.conflict(refusal, AdminPaths.type(tenant(), id) + "/retire", model, response);
		}
		return "redirect:" + AdminPaths.type(tenant(), id);
	}

	private String showDetails(Model model, DraftState state, String id, TypeForm form, List<FieldProblem> problems) {
		TypePages.choices(model, state);
		model.addAttribute("typeTitle", TypePages.title(TypePages.document(state, id)));
		model.addAttribute("typeUrl", AdminPaths.type(tenant(), id));
		model.addAttribute("form", form);
		model.addAttribute("errors", problems);
		return "admin/types/details";
	}

	private static String tenant() {
		return TenantContext.require().value();
	}

}
