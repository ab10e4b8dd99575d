package org.candour.web.forms;

import java.util.List;
import java.util.Locale;

import org.candour.attachments.UploadPolicies;
import org.candour.definition.model.Form;
import org.candour.definition.model.FormLayout;
import org.candour.definition.model.FormQuestion;
import org.candour.definition.model.Transition;
import tools.jackson.databind.JsonNode;

/**
 * Puts a form's pages and questions (its {@link FormLayout}, read once with the compiled
 * configuration) into the reader's language: labels fall back to the property's name,
 * choices without a label to the value in words, a one-question page is titled by its
 * question. File questions get the platform's upload limits as the form narrows them.
 */
public final class FormReader {

	private final Form form;

	private final Locale locale;

	private final UploadPolicies uploads;

	/**
	 * A workflow action's inputs (its schema and UI schema) as one form, titled
	 * {@code title}.
	 */
	public static FormPages inputsOf(Transition transition, String title, Locale locale) {
		return new FormReader(Form.inputsOf(transition), locale).read(transition.action(), title);
	}

	public FormReader(Form form, Locale locale) {
		this(form, locale, null);
	}

	/**
	 * @param uploads the platform's upload limits; without them file questions get none
	 */
	public FormReader(Form form, Locale locale, UploadPolicies uploads) {
		this.form = form;
		this.locale = locale;
		this.uploads = uploads;
	}

	/** The form's pages, for the feedback type {@code type} called {@code title}. */
	public FormPages read(String type, String title) {
		FormLayout layout = this.form.layout();
		List<FormPage> pages = new java.util.ArrayList<>();
		for (FormLayout.Page page : layout.pages()) {
			List<Question> questions = page.questions().stream().map(this::question).toList();
			String pageTitle = (page.title() == null) ? questions.get(0).label() : text(page.title());
			List<FormPage.Note> notes = page.notes()
				.stream()
				.map(note -> new FormPage.Note(text(note.text()), rules(note.rules())))
				.toList();
			pages.add(new FormPage(pages.size() + 1, pageTitle, notes, questions));
		}
		List<Question> contact = layout.contact().stream().map(this::question).toList();
		return new FormPages(type, title, pages, contact, this.form.schema(), this.form.messages(), layout.rules(),
				layout.stepper());
	}

	private static List<Rule> rules(List<FormQuestion.Rule> rules) {
		return rules.stream().map(rule -> new Rule(rule.show(), rule.field(), rule.schema())).toList();
	}

	private Question question(FormQuestion question) {
		List<Question> parts = question.parts()
			.stream()
			.map(part -> new Question(part.name(), part.kind(), or(text(part.label()), part.name()), null,
					part.required(), part.maxLength(), false, null, List.of(), List.of(), List.of()))
			.toList();
		List<Choice> choices = question.choices()
			.stream()
			.map(choice -> new Choice(choice.value(), or(text(choice.label()), FieldKinds.humanise(choice.value())),
					text(choice.hint())))
			.toList();
		FormQuestion.Shown shown = question.shown();
		return new Question(question.name(), question.kind(), or(text(question.label()), question.name()),
				text(question.hint()), question.required(), question.maxLength(), question.characterCount(),
				question.autocomplete(), choices, parts, rules(question.rules()),
				(question.upload() != null && this.uploads != null) ? this.uploads.forQuestion(question.upload())
						: null,
				new Question.Shown(text(shown.help()), shown.labelHidden(), shown.group(), text(shown.legend())));
	}

	private static String or(String text, String otherwise) {
		return text != null ? text : otherwise;
	}

	private String text(JsonNode node) {
		return LocalText.of(node, this.locale);
	}

}
