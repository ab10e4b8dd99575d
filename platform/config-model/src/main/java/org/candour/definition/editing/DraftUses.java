package org.candour.definition.editing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.node.ObjectNode;

import org.candour.definition.ConfigDocument;
import org.candour.definition.ConfigSetValidator;
import org.candour.definition.Problem;
import org.candour.definition.Schemas;

/**
 * What the other documents of the draft use of a form: a change that gives another
 * document an error it did not have (a guard, report or feedback type naming a field the
 * change deletes) breaks a use of the form.
 */
final class DraftUses {

	private final List<ConfigDocument> draft;

	private final ConfigSetValidator validator;

	/**
	 * @param schemas {@code null}: other documents are not looked at
	 */
	DraftUses(Collection<ConfigDocument> draft, Schemas schemas) {
		this.draft = List.copyOf(draft);
		this.validator = (schemas == null) ? null : new ConfigSetValidator(schemas);
	}

	/**
	 * The refusal of a change from {@code before} to {@code after} that breaks a use of
	 * the form in another document, else {@code null}.
	 */
	FormChange broken(FormChange change, ObjectNode before, String action) {
		if (this.validator == null || change.refused()) {
			return change;
		}
		String form = ConfigDocument.of(before).key();
		Set<String> known = new HashSet<>();
		errors(before).forEach(problem -> known.add(problem.code() + problem.document() + problem.pointer()));
		for (Problem problem : errors(change.document())) {
			if (!problem.document().equals(form)
					&& !known.contains(problem.code() + problem.document() + problem.pointer())) {
				return new FormChange(before.deepCopy(),
						Problem.error("form.question-in-use", problem.document(), problem.pointer(),
								"Cannot " + action + ": " + problem.document() + " uses it (" + problem.message()
										+ "). Change that first."),
						null);
			}
		}
		return change;
	}

	private List<Problem> errors(ObjectNode form) {
		ConfigDocument changed = ConfigDocument.of(form);
		List<ConfigDocument> documents = new ArrayList<>();
		boolean replaced = false;
		for (ConfigDocument document : this.draft) {
			boolean same = document.key().equals(changed.key());
			documents.add(same ? changed : document);
			replaced |= same;
		}
		if (!replaced) {
			documents.add(changed);
		}
		return this.validator.validate(documents).errors();
	}

}
