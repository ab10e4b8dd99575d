package org.candour.admin.templates;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.candour.admin.Texts;
import org.candour.definition.model.FeedbackType;
import org.candour.definition.model.Form;
import org.candour.definition.model.FormLayout;
import org.candour.definition.model.FormQuestion;

/**
 * The placeholders a template may use, each with its meaning: the four Candour fills for
 * every case, and {@code {{data.<name>}}} for each answer the sending feedback types'
 * forms ask (by its question's label). Answers that are not a single value (addresses,
 * files, several ticked boxes) and the contact details kept apart from the case are not
 * offered: they are sent blank.
 */
final class Placeholders {

	/** Kinds of question whose answer is not one value. */
	private static final Set<String> NOT_ONE_VALUE = Set.of("address", "file", "checkboxes");

	private Placeholders() {
	}

	/**
	 * The placeholders of a template written to staff ({@code "audience": "staff"}): no
	 * tracking link and no answers, which staff emails never carry.
	 */
	static List<Placeholder> forStaffTemplate() {
		return List.of(new Placeholder("reference", "The case reference, for example CPL-2026-000123", null),
				new Placeholder("tenantName", "Your organisation’s name", null),
				new Placeholder("dueDate",
						"The date the case’s first running clock falls due, for example 25 November 2026", null),
				new Placeholder("caseLink", "The link to the case screen", null),
				new Placeholder("learning", "The learning record’s id, for example LRN-000012", null),
				new Placeholder("action", "The learning action’s id within its record, for example A1", null),
				new Placeholder("actionDescription", "What the learning action will do", null),
				new Placeholder("actionDueDate", "The date the learning action is due, for example 30 November 2026",
						null),
				new Placeholder("actionLink", "The link to the learning action on its record", null),
				new Placeholder("riskFlags", "The high-risk flags the case’s risk assessment records", null));
	}

	static List<Placeholder> forTemplate(String template, List<FeedbackType> types, TemplateUses draft) {
		List<Placeholder> placeholders = new ArrayList<>(List.of(
				new Placeholder("reference", "The case reference, for example CPL-2026-000123", null),
				new Placeholder("dueDate",
						"The date the case’s first running clock falls due, for example 25 November 2026", null),
				new Placeholder("trackingLink", "The link the person follows to see how their case is going", null),
				new Placeholder("tenantName", "Your organisation’s name", null),
				new Placeholder("surveyLink",
						"The link to the survey on how the case was handled (blank until the case is closed, and"
								+ " for feedback types without a survey)",
						null)));
		questions(template, types, draft).values()
			.forEach(question -> placeholders.add(new Placeholder("data." + question.name(),
					"The answer to ‘" + Texts.english(question.label(), question.name()) + "’", question)));
		return placeholders;
	}

	/**
	 * The questions of the forms of the feedback types that send the template and the
	 * inputs of the actions that send it; of every form when nothing sends it yet.
	 * @param template the template's id; {@code null} for one not created yet
	 */
	static Map<String, FormQuestion> questions(String template, List<FeedbackType> types, TemplateUses draft) {
		List<Form> forms = new ArrayList<>(types.isEmpty() ? List.copyOf(draft.forms().values())
				: types.stream().map(type -> draft.form(type.form())).flatMap(java.util.Optional::stream).toList());
		if (template != null) {
			forms.addAll(draft.actionInputsSending(template));
		}
		Map<String, FormQuestion> questions = new LinkedHashMap<>();
		for (Form form : forms) {
			for (FormLayout.Page page : form.layout().pages()) {
				page.questions()
					.stream()
					.filter(question -> !NOT_ONE_VALUE.contains(question.kind()))
					.filter(question -> !form.people().contains(question.name()))
					.forEach(question -> questions.putIfAbsent(question.name(), question));
			}
		}
		return questions;
	}

	/**
	 * A placeholder to copy into a template.
	 *
	 * @param name its name, without braces
	 * @param meaning what it is replaced with
	 * @param question the question answering it; {@code null} for the case's own values
	 */
	record Placeholder(String name, String meaning, FormQuestion question) {

		public String code() {
			return "{{" + this.name + "}}";
		}

	}

}
