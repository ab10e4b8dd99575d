package org.candour.admin.workflows;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.candour.admin.PageProblem;
import org.candour.definition.editing.WorkflowEditor;

/**
 * A state as its page posts it.
 *
 * @param name what officers see
 * @param category new, open, waiting or closed
 * @param publicLabel what residents see (empty: its name)
 * @param editableData {@code yes} when officers may change the form's answers in it
 * @param hash the workflow document's hash as the page read it
 */
record StateForm(String name, String category, String publicLabel, String editableData, String hash) {

	static final Set<String> CATEGORIES = Set.of("new", "open", "waiting", "closed");

	static StateForm of(WorkflowEditor.StateFields fields, String hash) {
		return new StateForm(fields.name(), fields.category(), fields.publicLabel(),
				fields.editableData() ? "yes" : null, hash);
	}

	static StateForm empty(String hash) {
		return new StateForm(null, null, null, null, hash);
	}

	List<PageProblem> problems() {
		List<PageProblem> problems = new ArrayList<>();
		if (blank(this.name)) {
			problems.add(new PageProblem("name", "Enter the state’s name"));
		}
		if (this.category == null || !CATEGORIES.contains(this.category)) {
			problems.add(new PageProblem("category", "Select what kind of state it is"));
		}
		return problems;
	}

	WorkflowEditor.StateFields fields() {
		return new WorkflowEditor.StateFields(this.name.trim(), this.category,
				blank(this.publicLabel) ? null : this.publicLabel.trim(), "yes".equals(this.editableData));
	}

	public boolean isEditable() {
		return "yes".equals(this.editableData);
	}

	static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
