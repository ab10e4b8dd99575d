package org.candour.admin.workflows;

import java.util.List;

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
 * A workflow's states added, changed and deleted (after a confirmation page that says why
 * a deletion is refused), each an edit of the draft saved only if the workflow is
 * unchanged since the page was read.
 */
@Controller
@RequestMapping("/t/{tenant}/admin/feedback-types/{id}/workflow/states")
@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.AUDITOR, EndpointRoles.PLATFORM_ADMIN })
class WorkflowStatesController {

	private final WorkflowDrafts workflows;

	WorkflowStatesController(WorkflowDrafts workflows) {
		this.workflows = workflows;
	}

	@GetMapping("/new")
	String newState(@PathVariable String id, Model model) {
		WorkflowDrafts.TypeWorkflow workflow = this.workflows.require(id);
		return show(model, workflow, null, StateForm.empty(workflow.hash()), List.of());
	}

	@PostMapping("/new")
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.PLATFORM_ADMIN })
	String add(@PathVariable String id, @ModelAttribute StateForm form, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		WorkflowDrafts.TypeWorkflow workflow = this.workflows.require(id);
		List<PageProblem> problems = form.problems();
		if (!problems.isEmpty()) {
			return WorkflowDrafts.invalid(response, show(model, workflow, null, form, problems));
		}
		WorkflowChange change = workflow.editor().addState(workflow.content(), form.fields());
		return this.workflows.saveThen(workflow, change, form.hash(), "State ‘" + form.fields().name() + "’ added",
				"#states", model, response, redirect,
				words -> show(model, workflow, null, form, List.of(new PageProblem("name", words))));
	}

	@GetMapping("/{state}")
	String state(@PathVariable String id, @PathVariable String state, Model model) {
		WorkflowDrafts.TypeWorkflow workflow = this.workflows.require(id);
		return show(model, workflow, state, StateForm.of(fields(workflow, state), workflow.hash()), List.of());
	}

	@PostMapping("/{state}")
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.PLATFORM_ADMIN })
	String change(@PathVariable String id, @PathVariable String state, @ModelAttribute StateForm form, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		WorkflowDrafts.TypeWorkflow workflow = this.workflows.require(id);
		fields(workflow, state);
		List<PageProblem> problems = form.problems();
		if (!problems.isEmpty()) {
			return WorkflowDrafts.invalid(response, show(model, workflow, state, form, problems));
		}
		WorkflowChange change = workflow.editor().editState(workflow.content(), state, form.fields());
		return this.workflows.saveThen(workflow, change, form.hash(), "State ‘" + form.fields().name() + "’ saved",
				"#states", model, response, redirect,
				words -> show(model, workflow, state, form, List.of(new PageProblem("name", words))));
	}

	@GetMapping("/{state}/delete")
	String confirmDelete(@PathVariable String id, @PathVariable String state, Model model) {
		WorkflowDrafts.TypeWorkflow workflow = this.workflows.require(id);
		return showDelete(model, workflow, state, workflow.hash(), List.of());
	}

	@PostMapping("/{state}/delete")
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.PLATFORM_ADMIN })
	String delete(@PathVariable String id, @PathVariable String state, @RequestParam(defaultValue = "") String hash,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		WorkflowDrafts.TypeWorkflow workflow = this.workflows.require(id);
		String name = fields(workflow, state).name();
		WorkflowChange change = workflow.editor().deleteState(workflow.content(), state);
		return this.workflows.saveThen(workflow, change, hash, "State ‘" + name + "’ deleted", "#states", model,
				response, redirect,
				words -> showDelete(model, workflow, state, hash, List.of(new PageProblem("delete", words))));
	}

	private static WorkflowEditor.StateFields fields(WorkflowDrafts.TypeWorkflow workflow, String state) {
		WorkflowEditor.StateFields fields = workflow.editor().state(workflow.content(), state);
		if (fields == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return fields;
	}

	private static String show(Model model, WorkflowDrafts.TypeWorkflow workflow, String state, StateForm form,
			List<PageProblem> problems) {
		model.addAttribute("typeTitle", workflow.typeTitle());
		model.addAttribute("workflowUrl", workflow.url());
		model.addAttribute("action", workflow.url() + "/states/" + ((state == null) ? "new" : state));
		model.addAttribute("heading", (state == null) ? "Add a state" : "Change a state");
		model.addAttribute("form", form);
		model.addAttribute("categories",
				List.of(new WorkflowDrafts.Choice("new", "New: just received, nobody has looked at it yet"),
						new WorkflowDrafts.Choice("open", "Open: being worked on"),
						new WorkflowDrafts.Choice("waiting", "Waiting: for the resident or someone else"),
						new WorkflowDrafts.Choice("closed", "Closed: finished (may be reopened)")));
		model.addAttribute("errors", problems);
		if (state != null) {
			model.addAttribute("deleteUrl", workflow.url() + "/states/" + state + "/delete");
		}
		return "admin/workflows/state";
	}

	private static String showDelete(Model model, WorkflowDrafts.TypeWorkflow workflow, String state, String hash,
			List<PageProblem> problems) {
		return WorkflowDrafts.deletePage(model, workflow, "state", fields(workflow, state).name(),
				workflow.url() + "/states/" + state + "/delete", hash, problems);
	}

}
