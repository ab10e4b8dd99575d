package org.candour.admin.workflows;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.candour.admin.PageProblem;
import org.candour.definition.editing.WorkflowEditor;

/**
 * A transition as its page posts it.
 *
 * @param label the action as officers see it
 * @param from the states it may be taken from ({@code *}: any open state)
 * @param to the state it leads to
 * @param roles the platform roles that may take it
 * @param residents {@code yes} when residents may ask for it from their tracking page
 * @param residentWording the words on their button
 * @param bulk {@code yes} when it may be taken on many cases at once
 * @param hash the workflow document's hash as the page read it
 */
record TransitionForm(String label, List<String> from, String to, List<String> roles, String residents,
		String residentWording, String bulk, String hash) {

	static final String ANY_OPEN_STATE = "*";

	TransitionForm {
		from = (from == null) ? List.of() : List.copyOf(from);
		roles = (roles == null) ? List.of() : List.copyOf(roles);
	}

	static TransitionForm of(WorkflowEditor.TransitionFields fields, String hash) {
		return new TransitionForm(fields.label(), fields.from(), fields.to(),
				new ArrayList<>(new TreeSet<>(fields.roles())), fields.residents() ? "yes" : "no",
				fields.residentWording(), fields.bulk() ? "yes" : null, hash);
	}

	static TransitionForm empty(String hash) {
		return new TransitionForm(null, List.of(), null, List.of(), "no", null, null, hash);
	}

	/** What is missing or not a choice the page offered. */
	List<PageProblem> problems(Set<String> states, Set<String> roleChoices) {
		List<PageProblem> problems = new ArrayList<>();
		if (StateForm.blank(this.label)) {
			problems.add(new PageProblem("label", "Enter the action’s name"));
		}
		if (this.from.isEmpty()) {
			problems.add(new PageProblem("from", "Select the states it may be taken from"));
		}
		else if (!this.from.stream().allMatch(state -> ANY_OPEN_STATE.equals(state) || states.contains(state))) {
			problems.add(new PageProblem("from", "Select states the workflow has"));
		}
		if (this.to == null || !states.contains(this.to)) {
			problems.add(new PageProblem("to", "Select the state it leads to"));
		}
		if (this.roles.isEmpty() || !roleChoices.containsAll(this.roles)) {
			problems.add(new PageProblem("roles", "Select who may take it"));
		}
		if (isResidents() && StateForm.blank(this.residentWording)) {
			problems.add(new PageProblem("residentWording", "Enter the words residents see on its button"));
		}
		return problems;
	}

	WorkflowEditor.TransitionFields fields() {
		return new WorkflowEditor.TransitionFields(this.label.trim(), this.from, this.to, Set.copyOf(this.roles),
				isResidents(), isResidents() ? this.residentWording.trim() : null, "yes".equals(this.bulk));
	}

	public boolean isResidents() {
		return "yes".equals(this.residents);
	}

	public boolean isBulk() {
		return "yes".equals(this.bulk);
	}

}
