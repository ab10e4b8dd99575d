package org.candour.admin.workflows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.candour.admin.AdminPaths;
import org.candour.admin.DraftState;
import org.candour.admin.DraftStates;
import org.candour.admin.Texts;
import org.candour.api.EndpointRoles;
import org.candour.definition.ConfigDocument;
import org.candour.definition.Problem;
import org.candour.definition.editing.WorkflowDiagram;
import org.candour.definition.editing.WorkflowOutline;
import org.candour.definition.model.FeedbackType;
import org.candour.definition.model.Role;
import org.candour.definition.model.WorkflowDefinition;
import org.candour.tenancy.TenantContext;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * A feedback type's workflow in the draft, for reading: its states, transitions and
 * clocks as tables, and a state diagram drawn from the draft with the transitions as a
 * numbered list (its text alternative). The problems the draft has in the workflow are
 * listed first.
 */
@Controller
@RequestMapping("/t/{tenant}/admin/feedback-types/{id}")
@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.AUDITOR, EndpointRoles.PLATFORM_ADMIN })
class WorkflowController {

	private final DraftStates states;

	WorkflowController(DraftStates states) {
		this.states = states;
	}

	@GetMapping("/workflow")
	String workflow(@PathVariable String id, Model model) {
		DraftState state = this.states.current();
		ConfigDocument type = state.find("feedback-type", id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		String typeUrl = AdminPaths.type(TenantContext.require().value(), id);
		model.addAttribute("typeTitle", Texts.english(type.title(), id));
		model.addAttribute("typeUrl", typeUrl);
		model.addAttribute("checkUrl", AdminPaths.check(TenantContext.require().value()));
		String workflowId = FeedbackType.read(type).workflow();
		Optional<ConfigDocument> workflow = canonical(state, "workflow", workflowId);
		if (workflow.isPresent()) {
			String title = Texts.english(workflow.get().title(), workflowId);
			WorkflowDefinition definition = WorkflowDefinition.parse(workflow.get());
			model.addAttribute("workflowTitle", title);
			model.addAttribute("documentsUrl",
					AdminPaths.home(TenantContext.require().value()) + "/documents/workflow/" + workflowId);
			model.addAttribute("outline", WorkflowOutline.of(title, definition, roleNames(state)));
			model.addAttribute("diagram", WorkflowDiagram.svg(definition, title));
			List<Problem> problems = state.errorsOf("workflow", workflowId);
			model.addAttribute("problems", problems);
			model.addAttribute("sharedWith", sharedWith(state, id, workflowId));
		}
		return "admin/workflows/workflow";
	}

	/** The timescales are the workflow's clocks, on the same page. */
	@GetMapping("/timescales")
	String timescales(@PathVariable String id) {
		return "redirect:" + AdminPaths.type(TenantContext.require().value(), id) + "/workflow#clocks";
	}

	private static Optional<ConfigDocument> canonical(DraftState state, String kind, String id) {
		if (id == null) {
			return Optional.empty();
		}
		return state.canonical()
			.stream()
			.filter(document -> document.kind().equals(kind) && document.id().equals(id))
			.findFirst();
	}

	/** The platform roles named as the tenant's role documents call them. */
	private static java.util.function.Function<String, String> roleNames(DraftState state) {
		Map<String, String> names = new LinkedHashMap<>();
		for (ConfigDocument role : state.canonical()) {
			if (role.kind().equals("role")) {
				String base = Role.read(role).baseRole();
				names.putIfAbsent(base, Texts.english(role.title(), role.id()));
			}
		}
		return base -> names.getOrDefault(base, words(base));
	}

	private static String words(String base) {
		String lower = base.toLowerCase(Locale.ROOT).replace('_', ' ');
		return lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
	}

	/** The other feedback types of the draft using the same workflow. */
	private static List<String> sharedWith(DraftState state, String typeId, String workflowId) {
		return state.ofKind("feedback-type")
			.stream()
			.filter(other -> !other.id().equals(typeId) && workflowId.equals(FeedbackType.read(other).workflow()))
			.map(other -> Texts.english(other.title(), other.id()))
			.toList();
	}

}
