package org.candour.admin.forms;

import org.candour.definition.editing.FormView;

import org.springframework.ui.Model;

/**
 * What the form page says beside each question besides its words: its condition in words
 * and, for a tenant that offers Welsh, what has no Welsh yet.
 */
final class FormPageNotes {

	private FormPageNotes() {
	}

	static void add(Model model, TypeForms.TypeForm form, FormQuestions questions, boolean welsh) {
		FormView view = form.view();
		model.addAttribute("conditions", ConditionSentences.of(view, questions));
		model.addAttribute("welsh", welsh);
		model.addAttribute("paged", view.paged());
		if (welsh) {
			model.addAttribute("welshGaps", WelshGaps.of(view, form.editor().missingWelsh(form.form().content())));
		}
	}

}
