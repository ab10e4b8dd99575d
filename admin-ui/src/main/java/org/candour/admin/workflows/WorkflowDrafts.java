package org.candour.admin.workflows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;
import org.candour.admin.AdminPaths;
import org.candour.admin.DraftState;
import org.candour.admin.DraftStates;
import org.candour.admin.PageProblem;
import org.candour.admin.Texts;
import org.candour.api.ApiError;
import org.candour.api.Refusal;
import org.candour.config.DraftDocument;
import org.candour.config.DraftManagement;
import org.candour.definition.ConfigDocument;
import org.candour.definition.editing.WorkflowChange;
import org.candour.definition.editing.WorkflowEditor;
import org.candour.definition.editing.WorkflowOutline;
import org.candour.definition.model.FeedbackType;
import org.candour.definition.model.Role;
import org.candour.definition.model.WorkflowDefinition;
import org.candour.tenancy.TenantContext;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Finds a feedback type's workflow in the draft, as written and as it compiles, with an
 * editor that knows the draft, and saves a changed workflow only if it is still as the
 * page read it.
 */
@Component
class WorkflowDrafts {

	/**
	 * Roles that act on cases, offered for transitions (administrators and auditors do
	 * not).
	 */
	private static final Set<String> CASE_ROLES = Set.of("OFFICER", "INVESTIGATOR", "MANAGER");

	private final DraftStates states;

	private final DraftManagement drafts;

	WorkflowDrafts(DraftStates states, DraftManagement drafts) {
		this.states = states;
		this.drafts = drafts;
	}

	/**
	 * The type's workflow; 404 for an unknown type, {@code written} null when it has
	 * none.
	 */
	TypeWorkflow load(String typeId) {
		DraftState state = this.states.current();
		ConfigDocument type = state.find("feedback-type", typeId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		String typeUrl = AdminPaths.type(TenantContext.require().value(), typeId);
		String workflowId = FeedbackType.read(type).workflow();
		ConfigDocument written = (workflowId == null) ? null : state.find("workflow", workflowId).orElse(null);
		ConfigDocument canonical = (written == null) ? null
				: state.canonical()
					.stream()
					.filter(document -> document.kind().equals("workflow") && document.id().equals(workflowId))
					.findFirst()
					.orElse(written);
		return new TypeWorkflow(typeId, Texts.english(type.title(), typeId), typeUrl, written,
				(written == null) ? null : WorkflowDefinition.parse(canonical),
				(written == null) ? null : state.draft().hashOf("workflow", workflowId),
				new WorkflowEditor(state.draft().documents()), state, roleNames(state));
	}

	/** The type's workflow, 404 when it has none. */
	TypeWorkflow require(String typeId) {
		TypeWorkflow workflow = load(typeId);
		if (workflow.written() == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return workflow;
	}

	/**
	 * Saves the change unless the editor refused it: {@code null} when saved, else the
	 * refusal (the editor's or the store's) in words. A save over someone else's change
	 * since {@code hash} was read is thrown as stale and writes nothing.
	 */
	String save(TypeWorkflow workflow, WorkflowChange change, String hash) {
		if (change.refused()) {
			return change.refusal().message();
		}
		try {
			this.drafts.put(new DraftDocument("workflow", workflow.written().id(), change.document()),
					(hash == null) ? "" : hash);
			return null;
		}
		catch (Refusal refusal) {
			if (refusal.is(Refusal.Kind.STALE)) {
				throw refusal;
			}
			return refusal.violations()
				.stream()
				.map(ApiError::message)
				.findFirst()
				.map(message -> "The workflow would not be valid: " + message)
				.orElse("The workflow would not be valid, so nothing was saved.");
		}
	}

	/**
	 * Saves {@code change} as {@link #save} does and answers the request: the conflict
	 * page when someone else changed the workflow since the page was read,
	 * {@code refused} with the refusal in words, else back to the workflow page at
	 * {@code anchor} with {@code done} in its success banner.
	 */
	String saveThen(TypeWorkflow workflow, WorkflowChange change, String hash, String done, String anchor, Model model,
			HttpServletResponse response, RedirectAttributes redirect, Function<String, String> refused) {
		String words;
		try {
			words = save(workflow, change, hash);
		}
		catch (Refusal stale) {
			return conflict(stale, workflow.url(), model, response);
		}
		if (words != null) {
			response.setStatus(422);
			return refused.apply(words);
		}
		redirect.addFlashAttribute("success", done);
		return "redirect:" + workflow.url() + anchor;
	}

	/**
	 * The confirmation page before deleting a state or an action, with its refusal if
	 * any.
	 */
	static String deletePage(Model model, TypeWorkflow workflow, String what, String name, String actionUrl,
			String hash, List<PageProblem> problems) {
		model.addAttribute("typeTitle", workflow.typeTitle());
		model.addAttribute("workflowUrl", workflow.url());
		model.addAttribute("what", what);
		model.addAttribute("name", name);
		model.addAttribute("action", actionUrl);
		model.addAttribute("hash", hash);
		model.addAttribute("errors", problems);
		return "admin/workflows/delete";
	}

	/** The conflict page for a stale save (other refusals are thrown on). */
	private static String conflict(Refusal refusal, String reloadUrl, Model model, HttpServletResponse response) {
		if (!refusal.is(Refusal.Kind.STALE)) {
			throw refusal;
		}
		response.setStatus(HttpStatus.CONFLICT.value());
		model.addAttribute("reloadUrl", reloadUrl);
		model.addAttribute("changedWhat", "workflow");
		return "admin/conflict";
	}

	static String invalid(HttpServletResponse response, String view) {
		response.setStatus(422);
		return view;
	}

	/** The platform roles named as the tenant's role documents call them. */
	private static Function<String, String> roleNames(DraftState state) {
		Map<String, String> names = new LinkedHashMap<>();
		for (ConfigDocument role : state.canonical()) {
			if (role.kind().equals("role")) {
				names.putIfAbsent(Role.read(role).baseRole(), Texts.english(role.title(), role.id()));
			}
		}
		return base -> names.getOrDefault(base, words(base));
	}

	private static String words(String base) {
		String lower = base.toLowerCase(Locale.ROOT).replace('_', ' ');
		return lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
	}

	/**
	 * A feedback type's workflow as the pages use it.
	 *
	 * @param typeId the feedback type's id
	 * @param typeTitle the type's English title
	 * @param typeUrl the type's task list
	 * @param written the workflow document as written, or {@code null} when the type has
	 * none
	 * @param compiled the workflow as it compiles (templates and role sets applied)
	 * @param hash the workflow document's hash as read
	 * @param editor the tables' operations, knowing the draft
	 * @param state the draft's state
	 * @param roleName a platform role's name in the tenant's words
	 */
	record TypeWorkflow(String typeId, String typeTitle, String typeUrl, ConfigDocument written,
			WorkflowDefinition compiled, String hash, WorkflowEditor editor, DraftState state,
			Function<String, String> roleName) {

		String url() {
			return this.typeUrl + "/workflow";
		}

		ObjectNode content() {
			return this.written.content();
		}

		/** The states to choose from, by name. */
		List<Choice> stateChoices() {
			return WorkflowOutline.of("", this.compiled, this.roleName)
				.states()
				.stream()
				.map(row -> new Choice(row.id(), row.name()))
				.toList();
		}

		/** The roles that act on cases, and any other a transition names already. */
		List<Choice> roleChoices(Set<String> alsoNamed) {
			Set<String> roles = new java.util.TreeSet<>(CASE_ROLES);
			roles.addAll(alsoNamed);
			return roles.stream().map(role -> new Choice(role, this.roleName.apply(role))).toList();
		}

	}

	/**
	 * A radio button's or check box's value and words.
	 *
	 * @param value what is posted
	 * @param label what the administrator reads
	 */
	record Choice(String value, String label) {
	}

}
