package org.candour.definition.editing;

import java.util.List;

import tools.jackson.databind.node.ObjectNode;

/**
 * The org-structure document after an edit, or why the edit was refused.
 *
 * @param document the edited document; {@code null} when refused
 * @param problems what to fix; empty when made
 */
public record OrgEdit(ObjectNode document, List<OrgProblem> problems) {

	public OrgEdit {
		problems = List.copyOf(problems);
	}

	static OrgEdit made(ObjectNode document) {
		return new OrgEdit(document, List.of());
	}

	static OrgEdit refused(List<OrgProblem> problems) {
		return new OrgEdit(null, problems);
	}

	public boolean refused() {
		return !this.problems.isEmpty();
	}

}
