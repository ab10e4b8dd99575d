package org.candour.web.resident;

import java.util.List;
import java.util.Optional;

import org.candour.definition.FormRules;
import tools.jackson.databind.JsonNode;

/**
 * A public feedback type's form as resident pages: the question pages, then the contact
 * details (the form's {@code people} fields), with the schema that validates both and the
 * controls' answer rules the schema cannot say (a chosen contact method needs its detail,
 * a date must be past or future).
 */
public record ResidentForm(String type, String title, List<FormPage> pages, List<Question> contact, JsonNode schema,
		JsonNode messages, FormRules rules) {

	/**
	 * The form without its file questions (and pages left empty by that): for staff
	 * screens, where files are added to the case, not to the form.
	 */
	public ResidentForm withoutFiles() {
		List<FormPage> kept = new java.util.ArrayList<>();
		for (FormPage page : this.pages) {
			List<Question> questions = page.questions().stream().filter(q -> !"file".equals(q.kind())).toList();
			if (!questions.isEmpty()) {
				kept.add(new FormPage(kept.size() + 1, page.title(), page.notes(), questions));
			}
		}
		return new ResidentForm(this.type, this.title, kept, this.contact, this.schema, this.messages, this.rules);
	}

	public Optional<FormPage> page(int number) {
		return number >= 1 && number <= this.pages.size() ? Optional.of(this.pages.get(number - 1)) : Optional.empty();
	}

	Optional<Integer> pageOf(String field) {
		return this.pages.stream()
			.filter(page -> page.questions().stream().anyMatch(question -> question.name().equals(field)))
			.map(FormPage::number)
			.findFirst();
	}

	public List<Question> questions() {
		return this.pages.stream().flatMap(page -> page.questions().stream()).toList();
	}

	/**
	 * How many steps the journey has: the question pages, the contact page if any, and
	 * check your answers.
	 */
	public int steps() {
		return this.pages.size() + (this.contact.isEmpty() ? 0 : 1) + 1;
	}

}
