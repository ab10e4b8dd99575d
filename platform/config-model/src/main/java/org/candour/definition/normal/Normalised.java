package org.candour.definition.normal;

import java.util.List;

import org.candour.definition.ConfigDocument;
import org.candour.definition.Problem;

/**
 * The canonical documents of a set, and what stopped some lean references from being
 * expanded.
 *
 * @param documents every document, in the order given, with its lean constructs expanded
 * (support documents such as rules and templates are kept as written)
 * @param problems missing references ({@code ref.code-list-missing},
 * {@code ref.rule-missing}, {@code ref.fieldset-missing}, {@code ref.template-missing},
 * {@code ref.role-set-missing}, {@code ref.code-missing}), each pointing into the
 * document the author wrote
 */
public record Normalised(List<ConfigDocument> documents, List<Problem> problems) {

	public Normalised {
		documents = List.copyOf(documents);
		problems = List.copyOf(problems);
	}

	public boolean hasProblems() {
		return !this.problems.isEmpty();
	}

}
