package org.candour.admin.workflows;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.candour.admin.PageProblem;
import org.candour.api.EndpointRoles;
import org.candour.definition.editing.WorkflowChange;
import org.candour.definition.editing.WorkflowEditor;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A workflow's transitions added, changed and deleted: the action's name, the states it
 * is taken from and leads to (chosen from the workflow's, so none can lead nowhere), who
 * may take it, whether residents may ask for it and in what words, and whether many cases
 * may take it at once. Each is an edit of the draft saved only if the workflow is
 * unchanged since the page was read.
 */
@Controller
@RequestMapping("/t/{tenant}/admin/feedback-types/{id}/workflow/transitions")
@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.AUDITOR, EndpointRoles.PLATFORM_ADMIN })
class WorkflowTransitionsController {

	private final WorkflowDrafts workflows;

	WorkflowTransitionsController(WorkflowDrafts workflows) {
		this.workflows = workflows;
	}

	@GetMapping("/new")
	String newTransition(@PathVariable String id, Model model) {
		WorkflowDrafts.TypeWorkflow workflow = this.workflows.require(id);
		return show(model, workflow, null, TransitionForm.empty(workflow.hash()), List.of());
	}

	@PostMapping("/new")
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.PLATFORM_ADMIN })
	String add(@PathVariable String id, @ModelAttribute TransitionForm form, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		WorkflowDrafts.TypeWorkflow workflow = this.workflows.require(id);
		List<PageProblem> problems = form.problems(states(workflow), roles(workflow, Set.of()));
		if (!problems.isEmpty()) {
			return WorkflowDrafts.invalid(response, show(model, workflow, null, form, problems));
		}
		WorkflowChange change = workflow.editor().addTransition(workflow.content(), form.fields());
		return this.workflows.saveThen(workflow, change, form.hash(), "Action ‘" + form.fields().label() + "’ added",
				"#transitions", model, response, redirect,
				words -> show(model, workflow, null, form, List.of(new PageProblem("label", words))));
	}

	@GetMapping("/{action}")
	String transition(@PathVariable String id, @PathVariable String action, Model model) {
		WorkflowDrafts.TypeWorkflow workflow = this.workflows.require(id);
		return show(model, workflow, action, TransitionForm.of(fields(workflow, action), workflow.hash()), List.of());
	}

	@PostMapping("/{action}")
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.PLATFORM_ADMIN })
	String change(@PathVariable String id, @PathVariable String action, @ModelAttribute TransitionForm form,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		WorkflowDrafts.TypeWorkflow workflow = this.workflows.require(id);
		WorkflowEditor.TransitionFields now = fields(workflow, action);
		List<PageProblem> problems = form.problems(states(workflow), roles(workflow, now.roles()));
		if (!problems.isEmpty()) {
			return WorkflowDrafts.invalid(response, show(model, workflow, action, form, problems));
		}
		WorkflowChange change = workflow.editor().editTransition(workflow.content(), action, form.fields());
		return this.workflows.saveThen(workflow, change, form.hash(), "Action ‘" + form.fields().label() + "’ saved",
				"#transitions", model, response, redirect,
				words -> show(model, workflow, action, form, List.of(new PageProblem("label", words))));
	}

	@GetMapping("/{action}/delete")
	String confirmDelete(@PathVariable String id, @PathVariable String action, Model model) {
		WorkflowDrafts.TypeWorkflow workflow = this.workflows.require(id);
		return showDelete(model, workflow, action, workflow.hash(), List.of());
	}

	@PostMapping("/{action}/delete")
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.PLATFORM_ADMIN })
	String delete(@PathVariable String id, @PathVariable String action, @RequestParam(defaultValue = "") String hash,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		WorkflowDrafts.TypeWorkflow workflow = this.workflows.require(id);
		String label = fields(workflow, action).label();
		WorkflowChange change = workflow.editor().deleteTransition(workflow.content(), action);
		return this.workflows.saveThen(workflow, change, hash, "Action ‘" + label + "’ deleted", "#transitions", model,
				response, redirect,
				words -> showDelete(model, workflow, action, hash, List.of(new PageProblem("delete", words))));
	}

	private static WorkflowEditor.TransitionFields fields(WorkflowDrafts.TypeWorkflow workflow, String action) {
		WorkflowEditor.TransitionFields fields = workflow.editor().transition(workflow.content(), action);
		if (fields == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return fields;
	}

	private static Set<String> states(WorkflowDrafts.TypeWorkflow workflow) {
		return workflow.stateChoices().stream().map(WorkflowDrafts.Choice::value).collect(Collectors.toSet());
	}

	private static Set<String> roles(WorkflowDrafts.TypeWorkflow workflow, Set<String> named) {
		return workflow.roleChoices(named).stream().map(WorkflowDrafts.Choice::value).collect(Collectors.toSet());
	}

	private static String show(Model model, WorkflowDrafts.TypeWorkflow workflow, String action, TransitionForm form,
			List<PageProblem> problems) {
		model.addAttribute("typeTitle", workflow.typeTitle());
		model.addAttribute("workflowUrl", workflow.url());
		model.addAttribute("action", workflow.url() + "/transitions/" + ((action == null) ? "new" : action));
		model.addAttribute("heading", (action == null) ? "Add an action" : "Change an action");
		model.addAttribute("form", form);
		List<WorkflowDrafts.Choice> from = new ArrayList<>(workflow.stateChoices());
		from.add(new WorkflowDrafts.Choice(TransitionForm.ANY_OPEN_STATE, "Any state that is not closed"));
		model.addAttribute("fromChoices", from);
		model.addAttribute("toChoices", workflow.stateChoices());
		Set<String> named = (action == null) ? Set.of() : fields(workflow, action).roles();
		model.addAttribute("roleChoices", workflow.roleChoices(named));
		model.addAttribute("yesNo",
				List.of(new WorkflowDrafts.Choice("yes", "Yes"), new WorkflowDrafts.Choice("no", "No")));
		model.addAttribute("errors", problems);
		if (action != null) {
			model.addAttribute("deleteUrl", workflow.url() + "/transitions/" + action + "/delete");
			model.addAttribute("partsUrl", workflow.url() + "/transitions/" + action);
		}
		return "admin/workflows/transition";
	}

	private static String showDelete(Model model, WorkflowDrafts.TypeWorkflow workflow, String action, String hash,
			List<PageProblem> problems) {
		return WorkflowDrafts.deletePage(model, workflow, "action", fields(workflow, action).label(),
				workflow.url() + "/transitions/" + action + "/delete", hash, problems);
	}

}
