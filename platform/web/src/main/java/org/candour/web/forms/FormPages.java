package org.candour.web.forms;

import java.util.List;
import java.util.Optional;

import org.candour.definition.FormRules;
import tools.jackson.databind.JsonNode;

/**
 * A configured form as pages in the reader's language (a feedback type's form, or an
 * action's inputs as one page): the question pages, then the contact details (the form's
 * {@code people} fields), with the schema that validates both and the controls' answer
 * rules the schema cannot say (a chosen contact method needs its detail, a date must be
 * past or future).
 *
 * @param type the feedback type (or action) the form is for
 * @param title the form's title
 * @param pages the question pages
 * @param contact the contact details questions (none for an action's inputs)
 * @param schema the JSON Schema that checks the answers
 * @param messages the form's configured problem messages, by pointer and keyword
 * @param rules the controls' answer rules
 * @param stepper whether residents see a progress caption ("Step 2 of 5")
 */
public record FormPages(String type, String title, List<FormPage> pages, List<Question> contact, JsonNode schema,
		JsonNode messages, FormRules rules, boolean stepper) {

	public FormPages(String type, String title, List<FormPage> pages, List<Question> contact, JsonNode schema,
			JsonNode messages, FormRules rules) {
		this(type, title, pages, contact, schema, messages, rules, false);
	}

	/**
	 * The form without its file questions (and pages left empty by that): for staff
	 * screens, where files are added to the case, not to the form.
	 */
	public FormPages withoutFiles() {
		List<FormPage> kept = new java.util.ArrayList<>();
		for (FormPage page : this.pages) {
			List<Question> questions = page.questions().stream().filter(q -> !"file".equals(q.kind())).toList();
			if (!questions.isEmpty()) {
				kept.add(new FormPage(kept.size() + 1, page.title(), page.notes(), questions));
			}
		}
		return new FormPages(this.type, this.title, kept, this.contact, this.schema, this.messages, this.rules,
				this.stepper);
	}

	public Optional<FormPage> page(int number) {
		return number >= 1 && number <= this.pages.size() ? Optional.of(this.pages.get(number - 1)) : Optional.empty();
	}

	/** The number of the page that asks {@code field}, if one does. */
	public Optional<Integer> pageOf(String field) {
		return this.pages.stream()
			.filter(page -> page.questions().stream().anyMatch(question -> question.name().equals(field)))
			.map(FormPage::number)
			.findFirst();
	}

	public List<Question> questions() {
		return this.pages.stream().flatMap(page -> page.questions().stream()).toList();
	}

	/**
	 * How many steps a resident's journey through the form has with {@code pages}
	 * question pages: those, the contact page if any, and check your answers.
	 */
	public int steps(int pages) {
		return pages + (this.contact.isEmpty() ? 0 : 1) + 1;
	}

}
