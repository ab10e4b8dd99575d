package org.candour.admin.workflows;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.candour.admin.PageProblem;
import org.candour.admin.Texts;
import org.candour.config.DraftManagement;
import org.candour.config.DraftSet;
import org.candour.definition.ConfigDocument;
import org.candour.definition.Problem;
import org.candour.definition.editing.ActionEditor;
import org.candour.definition.editing.WorkflowChange;
import org.candour.definition.model.CompiledConfiguration;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What an action's own pages (its rules, questions and effects) share: the action as
 * authored, the type's form questions, and saving a change only when the editor accepts
 * it and it brings no new problem into the action (a state, a question or a role that
 * does not exist, a schema that does not compile), else the page again with the problem
 * linked to its field (422).
 */
@Component
class ActionPages {

	private final WorkflowDrafts workflows;

	private final DraftManagement drafts;

	ActionPages(WorkflowDrafts workflows, DraftManagement drafts) {
		this.workflows = workflows;
		this.drafts = drafts;
	}

	/**
	 * The action's page context: the type's workflow, an editor knowing the draft and the
	 * action as authored; 404 when the type or action does not exist.
	 */
	Page load(String typeId, String action) {
		WorkflowDrafts.TypeWorkflow workflow = this.workflows.require(typeId);
		ActionEditor editor = new ActionEditor(workflow.state().draft().documents());
		ActionEditor.Action found = editor.action(workflow.content(), action);
		if (found == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		CompiledConfiguration compiled = this.drafts.check(workflow.state().draft()).model();
		return new Page(workflow, editor, action, found, Optional.ofNullable(compiled),
				(compiled == null) ? List.of() : questions(workflow, compiled));
	}

	/**
	 * Saves the change unless the editor refused it or it brings a new problem into the
	 * action; then back to {@code subPage} of the action with {@code done}.
	 */
	String save(Page page, WorkflowChange change, String hash, String field, String done, String subPage, Model model,
			HttpServletResponse response, RedirectAttributes redirect, PageView view) {
		if (change.refused()) {
			return refuse(response, view, List.of(new PageProblem(field, change.refusal().message())));
		}
		List<String> problems = newProblems(page, change);
		if (!problems.isEmpty()) {
			return refuse(response, view, problems.stream().map(message -> new PageProblem(field, message)).toList());
		}
		return this.workflows.saveThen(page.workflow(), change, hash, done,
				"/transitions/" + page.action() + "/" + subPage, model, response, redirect,
				words -> view.show(List.of(new PageProblem(field, words))));
	}

	static String refuse(HttpServletResponse response, PageView view, List<PageProblem> problems) {
		response.setStatus(422);
		return view.show(problems);
	}

	/**
	 * The errors the changed workflow has in this action that the draft does not have.
	 */
	private List<String> newProblems(Page page, WorkflowChange change) {
		WorkflowDrafts.TypeWorkflow workflow = page.workflow();
		String key = "workflow/" + workflow.written().id();
		List<ConfigDocument> documents = new ArrayList<>(
				workflow.state().draft().documents().stream().filter(document -> !document.key().equals(key)).toList());
		documents.add(ConfigDocument.of(change.document()));
		List<String> before = workflow.state()
			.errorsOf("workflow", workflow.written().id())
			.stream()
			.map(ActionPages::said)
			.toList();
		String pointer = page.found().pointer();
		return this.drafts.check(new DraftSet(workflow.state().draft().revision(), documents))
			.report()
			.errors()
			.stream()
			.filter(problem -> key.equals(problem.document())
					&& (problem.pointer().equals(pointer) || problem.pointer().startsWith(pointer + "/")))
			.filter(problem -> !before.contains(said(problem)))
			.map(Problem::message)
			.distinct()
			.collect(Collectors.toList());
	}

	private static String said(Problem problem) {
		return problem.code() + " " + problem.pointer() + " " + problem.message();
	}

	/** Fills the model every action page has. */
	static void common(Model model, Page page, String hash, List<PageProblem> problems) {
		WorkflowDrafts.TypeWorkflow workflow = page.workflow();
		model.addAttribute("typeTitle", workflow.typeTitle());
		model.addAttribute("workflowUrl", workflow.url());
		model.addAttribute("actionUrl", page.url());
		model.addAttribute("actionLabel", Texts.english(page.found().authored().get("label"), page.action()));
		model.addAttribute("hash", (hash == null) ? workflow.hash() : hash);
		model.addAttribute("errors", problems);
	}

	/**
	 * The questions of the type's form a rule or an escalation may name: its top-level
	 * answers of one value, by data name, with their JSON types.
	 */
	private static List<Question> questions(WorkflowDrafts.TypeWorkflow workflow, CompiledConfiguration compiled) {
		List<Question> questions = new ArrayList<>();
		Optional.ofNullable(compiled.feedbackTypes().get(workflow.typeId()))
			.flatMap(type -> compiled.form(type.form()))
			.ifPresent(form -> form.schema().path("properties").properties().forEach(entry -> {
				String type = entry.getValue().path("type").asString("");
				if (List.of("string", "boolean", "integer", "number").contains(type)) {
					questions.add(new Question(entry.getKey(),
							Texts.english(entry.getValue().get("title"), entry.getKey()), type, entry.getValue()));
				}
			}));
		return questions;
	}

	/**
	 * A form question.
	 *
	 * @param name its data name
	 * @param label its English title
	 * @param type its JSON type
	 * @param schema its property schema
	 */
	record Question(String name, String label, String type, JsonNode schema) {
	}

	/**
	 * One action's pages' context.
	 *
	 * @param workflow the type's workflow
	 * @param editor the action editor knowing the draft
	 * @param action the action's id
	 * @param found the action as authored
	 * @param compiled the draft compiled (its org structure, code lists), when it
	 * compiles
	 * @param questions the type's form questions a rule or an escalation may name
	 */
	record Page(WorkflowDrafts.TypeWorkflow workflow, ActionEditor editor, String action, ActionEditor.Action found,
			Optional<CompiledConfiguration> compiled, List<Question> questions) {

		String url() {
			return this.workflow.url() + "/transitions/" + this.action;
		}

	}

	/** Shows the page again with problems. */
	interface PageView {

		String show(List<PageProblem> problems);

	}

}
