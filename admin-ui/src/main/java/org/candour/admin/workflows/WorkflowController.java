package org.candour.admin.workflows;

import java.util.List;

import org.candour.admin.AdminPaths;
import org.candour.admin.Texts;
import org.candour.api.EndpointRoles;
import org.candour.definition.editing.WorkflowDiagram;
import org.candour.definition.editing.WorkflowOutline;
import org.candour.definition.model.FeedbackType;
import org.candour.tenancy.TenantContext;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * A feedback type's workflow in the draft: its states, transitions and clocks as tables
 * (states and transitions with links to change them), and a state diagram drawn from the
 * draft with the transitions as a numbered list (its text alternative). The problems the
 * draft has in the workflow are listed first.
 */
@Controller
@RequestMapping("/t/{tenant}/admin/feedback-types/{id}")
@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.AUDITOR, EndpointRoles.PLATFORM_ADMIN })
class WorkflowController {

	private final WorkflowDrafts workflows;

	WorkflowController(WorkflowDrafts workflows) {
		this.workflows = workflows;
	}

	@GetMapping("/workflow")
	String workflow(@PathVariable String id, Model model) {
		WorkflowDrafts.TypeWorkflow workflow = this.workflows.load(id);
		String tenant = TenantContext.require().value();
		model.addAttribute("typeTitle", workflow.typeTitle());
		model.addAttribute("typeUrl", workflow.typeUrl());
		model.addAttribute("workflowUrl", workflow.url());
		model.addAttribute("checkUrl", AdminPaths.check(tenant));
		if (workflow.written() != null) {
			String workflowId = workflow.written().id();
			String title = Texts.english(workflow.written().title(), workflowId);
			model.addAttribute("workflowTitle", title);
			model.addAttribute("documentsUrl", AdminPaths.home(tenant) + "/documents/workflow/" + workflowId);
			model.addAttribute("outline", WorkflowOutline.of(title, workflow.compiled(), workflow.roleName()));
			model.addAttribute("diagram", WorkflowDiagram.svg(workflow.compiled(), title));
			model.addAttribute("problems", workflow.state().errorsOf("workflow", workflowId));
			model.addAttribute("warnings", workflow.state().warningsOf("workflow", workflowId));
			model.addAttribute("sharedWith", sharedWith(workflow, workflowId));
		}
		return "admin/workflows/workflow";
	}

	/** The timescales are the workflow's clocks, on the same page. */
	@GetMapping("/timescales")
	String timescales(@PathVariable String id) {
		return "redirect:" + AdminPaths.type(TenantContext.require().value(), id) + "/workflow#clocks";
	}

	/** The other feedback types of the draft using the same workflow. */
	private static List<String> sharedWith(WorkflowDrafts.TypeWorkflow workflow, String workflowId) {
		return workflow.state()
			.ofKind("feedback-type")
			.stream()
			.filter(other -> !other.id().equals(workflow.typeId())
					&& workflowId.equals(FeedbackType.read(other).workflow()))
			.map(other -> Texts.english(other.title(), other.id()))
			.toList();
	}

}
