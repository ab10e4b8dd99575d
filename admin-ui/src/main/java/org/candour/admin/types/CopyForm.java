package org.candour.admin.types;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What copying a feedback type posts.
 *
 * @param title the copy's title (its id is made from it)
 * @param referencePrefix the copy's reference prefix
 * @param copyForm {@code yes} to give the copy its own copy of the form; otherwise both
 * types use the same form
 * @param copyWorkflow {@code yes} to give the copy its own copy of the workflow
 */
record CopyForm(String title, String referencePrefix, String copyForm, String copyWorkflow) {

	String prefix() {
		return this.referencePrefix == null ? "" : this.referencePrefix.trim().toUpperCase(Locale.ROOT);
	}

	public boolean copiesForm() {
		return "yes".equals(this.copyForm);
	}

	public boolean copiesWorkflow() {
		return "yes".equals(this.copyWorkflow);
	}

	List<FieldProblem> problems() {
		List<FieldProblem> problems = new ArrayList<>();
		if (this.title == null || this.title.isBlank()) {
			problems.add(new FieldProblem("title", "Enter a title for the copy"));
		}
		return problems;
	}

}
