package org.candour.admin.forms;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.candour.admin.Texts;
import org.candour.definition.ConfigDocument;
import org.candour.definition.model.Form;
import org.candour.definition.model.FormLayout;
import org.candour.definition.model.FormQuestion;
import org.candour.definition.normal.Normaliser;

/**
 * A form's questions as the resident renderer reads them ({@link FormLayout}), by name in
 * the order residents meet them: what a condition compares.
 *
 * @param layout the form's layout
 * @param byName its questions (pages, then contact details) by data name
 */
record FormQuestions(FormLayout layout, Map<String, FormQuestion> byName) {

	/**
	 * The form's questions as residents meet them: read from its canonical form (code
	 * lists give choice questions their answers), else as written when the draft cannot
	 * be normalised.
	 */
	static FormQuestions of(ConfigDocument form, List<ConfigDocument> draft) {
		return of(canonical(form, draft));
	}

	private static FormQuestions of(ConfigDocument form) {
		FormLayout layout = Form.of(form.id(), form.content().path("spec")).layout();
		Map<String, FormQuestion> byName = new LinkedHashMap<>();
		layout.pages().forEach(page -> page.questions().forEach(question -> byName.put(question.name(), question)));
		layout.contact().forEach(question -> byName.put(question.name(), question));
		return new FormQuestions(layout, byName);
	}

	private static ConfigDocument canonical(ConfigDocument form, List<ConfigDocument> draft) {
		try {
			return new Normaliser().normalise(draft)
				.documents()
				.stream()
				.filter(document -> document.kind().equals("form") && document.id().equals(form.id()))
				.findFirst()
				.orElse(form);
		}
		catch (RuntimeException unreadable) {
			return form;
		}
	}

	/** The question's English label, its name when it has none or is unknown. */
	String label(String name) {
		FormQuestion question = this.byName.get(name);
		return (question == null) ? name : Texts.english(question.label(), name);
	}

	/** How its answers are chosen: {@code yes-no}, {@code choices} or {@code text}. */
	String answerKind(String name) {
		FormQuestion question = this.byName.get(name);
		if (question == null) {
			return "text";
		}
		if ("yes-no".equals(question.kind())) {
			return "yes-no";
		}
		return question.choices().isEmpty() ? "text" : "choices";
	}

	/** The words of a stored answer: Yes or No, an option's label, else the value. */
	String answer(String name, String value) {
		FormQuestion question = this.byName.get(name);
		if (question != null && "yes-no".equals(question.kind())) {
			return "true".equals(value) ? "Yes" : "false".equals(value) ? "No" : value;
		}
		if (question != null) {
			for (FormQuestion.Choice choice : question.choices()) {
				if (choice.value().equals(value)) {
					return "‘" + Texts.english(choice.label(), value) + "’";
				}
			}
		}
		return "‘" + value + "’";
	}

}
