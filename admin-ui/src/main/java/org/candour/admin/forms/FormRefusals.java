package org.candour.admin.forms;

import java.util.Map;

import org.candour.api.ApiError;
import org.candour.api.Refusal;
import org.candour.definition.Problem;

/** Why the form builder or the configuration store refused a change, in plain words. */
final class FormRefusals {

	private static final Map<String, String> LEADS = Map.of("form.question-in-use",
			"This question cannot be deleted because something else uses it.", "form.page-empty",
			"This is the only question on its page.", "form.page-last", "This is the form's only page.",
			"form.kind-change", "The kind of this question cannot change.", "form.staff-only-text",
			"Only staff record this question.");

	private FormRefusals() {
	}

	/** The form builder's refusal: what stands in the way, then its explanation. */
	static String words(Problem refusal) {
		String lead = LEADS.get(refusal.code());
		return (lead == null) ? refusal.message() : lead + " " + refusal.message();
	}

	/** The form builder's refusal to delete a page, in words about the page. */
	static String pageWords(Problem refusal) {
		if ("form.question-in-use".equals(refusal.code())) {
			return "This page cannot be deleted because something else uses one of its questions. " + refusal.message();
		}
		return words(refusal);
	}

	/** The store's refusal of the changed form (it would not be valid). */
	static String words(Refusal refusal) {
		return refusal.violations()
			.stream()
			.map(ApiError::message)
			.findFirst()
			.map(message -> "The form would not be valid: " + message)
			.orElse("The form would not be valid, so nothing was saved.");
	}

}
