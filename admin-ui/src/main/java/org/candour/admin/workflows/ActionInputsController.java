package org.candour.admin.workflows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.candour.admin.PageProblem;
import org.candour.admin.Texts;
import org.candour.api.EndpointRoles;
import org.candour.definition.editing.InputDraft;
import org.candour.definition.editing.WorkflowChange;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The questions an officer answers when taking an action: listed, added (a label, a kind
 * of the form builder's — text, a date, yes or no, a choice of answers — and whether it
 * must be answered) and removed; "a reason is required" adds a required text question
 * {@code reason} in one go.
 */
@Controller
@RequestMapping("/t/{tenant}/admin/feedback-types/{id}/workflow/transitions/{action}/inputs")
@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.AUDITOR, EndpointRoles.PLATFORM_ADMIN })
class ActionInputsController {

	private static final List<WorkflowDrafts.Choice> KINDS = List.of(new WorkflowDrafts.Choice("text", "Text"),
			new WorkflowDrafts.Choice("date", "A date"), new WorkflowDrafts.Choice("yes-no", "Yes or no"),
			new WorkflowDrafts.Choice("choice", "One of some answers"));

	private final ActionPages pages;

	ActionInputsController(ActionPages pages) {
		this.pages = pages;
	}

	@GetMapping
	String inputs(@PathVariable String id, @PathVariable String action, Model model) {
		return show(model, this.pages.load(id, action), null, List.of());
	}

	@PostMapping("/add")
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.PLATFORM_ADMIN })
	String add(@PathVariable String id, @PathVariable String action, @RequestParam(defaultValue = "") String label,
			@RequestParam(defaultValue = "") String kind, @RequestParam(required = false) String required,
			@RequestParam(defaultValue = "") String answers, @RequestParam(defaultValue = "") String hash, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		ActionPages.Page page = this.pages.load(id, action);
		ActionPages.PageView view = problems -> show(model, page, hash, problems);
		List<PageProblem> problems = new ArrayList<>();
		if (label.isBlank()) {
			problems.add(new PageProblem("label", "Enter the question"));
		}
		if (!InputDraft.KINDS.contains(kind)) {
			problems.add(new PageProblem("kind", "Choose what kind of answer it takes"));
		}
		List<String> choices = Arrays.stream(answers.split("\\R")).map(String::trim).filter(s -> !s.isEmpty()).toList();
		if ("choice".equals(kind) && choices.size() < 2) {
			problems.add(new PageProblem("answers", "Enter at least two answers, one on each line"));
		}
		if (!problems.isEmpty()) {
			return ActionPages.refuse(response, view, problems);
		}
		InputDraft input = new InputDraft(label.trim(), kind, "yes".equals(required),
				"choice".equals(kind) ? choices : List.of());
		WorkflowChange change = page.editor().addInput(page.workflow().content(), page.action(), input);
		return this.pages.save(page, change, hash, "label", "Question ‘" + input.label() + "’ added", "inputs", model,
				response, redirect, view);
	}

	@PostMapping("/reason")
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.PLATFORM_ADMIN })
	String reason(@PathVariable String id, @PathVariable String action, @RequestParam(defaultValue = "") String hash,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		ActionPages.Page page = this.pages.load(id, action);
		ActionPages.PageView view = problems -> show(model, page, hash, problems);
		if (page.found().inputNames().contains("reason")) {
			return ActionPages.refuse(response, view,
					List.of(new PageProblem("add-reason", "The action already asks for a reason")));
		}
		WorkflowChange change = page.editor()
			.addInput(page.workflow().content(), page.action(), InputDraft.reason("Reason"));
		return this.pages.save(page, change, hash, "add-reason", "A reason is now required", "inputs", model, response,
				redirect, view);
	}

	@PostMapping("/{name}/remove")
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.PLATFORM_ADMIN })
	String remove(@PathVariable String id, @PathVariable String action, @PathVariable String name,
			@RequestParam(defaultValue = "") String hash, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		ActionPages.Page page = this.pages.load(id, action);
		ActionPages.PageView view = problems -> show(model, page, hash, problems);
		WorkflowChange change = page.editor().removeInput(page.workflow().content(), page.action(), name);
		return this.pages.save(page, change, hash, "inputs-table", "Question removed", "inputs", model, response,
				redirect, view);
	}

	private String show(Model model, ActionPages.Page page, String hash, List<PageProblem> problems) {
		ActionPages.common(model, page, hash, problems);
		JsonNode inputs = page.found().inputs();
		List<Input> rows = new ArrayList<>();
		for (String name : page.found().inputNames()) {
			JsonNode property = inputs.path("properties").path(name);
			boolean required = false;
			for (JsonNode given : inputs.path("required")) {
				required |= given.asString("").equals(name);
			}
			rows.add(new Input(name, Texts.english(property.get("title"), name), kindWords(property), required));
		}
		model.addAttribute("inputs", rows);
		model.addAttribute("kinds", KINDS);
		return "admin/workflows/action-inputs";
	}

	private static String kindWords(JsonNode property) {
		String kind = InputDraft.kindOf(property);
		return KINDS.stream()
			.filter(choice -> choice.value().equals(kind))
			.map(WorkflowDrafts.Choice::label)
			.findFirst()
			.orElse("Other (see the JSON view)");
	}

	/**
	 * A question of the action.
	 *
	 * @param name its name in the inputs
	 * @param label the question
	 * @param kind its kind in words
	 * @param required whether it must be answered
	 */
	record Input(String name, String label, String kind, boolean required) {
	}

}
