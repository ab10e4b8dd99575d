package org.candour.web.resident;

import java.util.List;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

/**
 * A public feedback type's form as resident pages: the question pages, then the contact
 * details (the form's {@code people} fields), with the schema that validates both.
 */
public record ResidentForm(String type, String title, List<FormPage> pages, List<Question> contact, JsonNode schema,
		JsonNode messages) {

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

}
