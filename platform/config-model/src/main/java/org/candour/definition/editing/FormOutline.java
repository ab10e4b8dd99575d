package org.candour.definition.editing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.candour.definition.model.FormLayout;
import org.candour.definition.model.FormQuestion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * A form as the resident meets it, read with the same {@link FormLayout} the renderer
 * uses: its pages in order (a {@code Categorization}'s categories, else one question per
 * page), the questions by name with the page they are on, and the JSON each question is
 * written with (its schema property and its control).
 *
 * @param titled whether the pages are categories with titles
 */
record FormOutline(boolean titled, List<Page> pages, Map<String, FormQuestion> questions, Map<String, Integer> pageOf,
		Map<String, JsonNode> controls, JsonNode properties) {

	/** One page: its title (null: none), its notes, its questions' names. */
	record Page(JsonNode title, List<JsonNode> notes, List<String> questions) {

		String name() {
			String title = Words.english(this.title);
			return Words.quoted((title == null) ? "" : title);
		}

	}

	static FormOutline of(JsonNode spec) {
		JsonNode schema = spec.path("schema");
		JsonNode ui = spec.has("uiSchema") ? spec.get("uiSchema") : MissingNode.getInstance();
		List<String> people = new ArrayList<>();
		spec.path("people").forEach(person -> people.add(person.asString("")));
		FormLayout layout = FormLayout.of(schema, ui, people);
		List<Page> pages = new ArrayList<>();
		Map<String, FormQuestion> questions = new LinkedHashMap<>();
		Map<String, Integer> pageOf = new HashMap<>();
		for (FormLayout.Page page : layout.pages()) {
			List<String> names = new ArrayList<>();
			for (FormQuestion question : page.questions()) {
				names.add(question.name());
				questions.put(question.name(), question);
				pageOf.put(question.name(), pages.size());
			}
			pages.add(new Page(page.title(), page.notes().stream().map(FormLayout.Note::text).toList(), names));
		}
		layout.contact().forEach(question -> questions.put(question.name(), question));
		Map<String, JsonNode> controls = new HashMap<>();
		collectControls(ui, controls);
		return new FormOutline("Categorization".equals(ui.path("type").asString("")), pages, questions, pageOf,
				controls, schema.path("properties"));
	}

	/** The question's English label in quotes (its name when it has none). */
	String name(String question) {
		FormQuestion asked = this.questions.get(question);
		String label = (asked == null) ? null : Words.english(asked.label());
		if (label == null) {
			label = Words.english(this.properties.path(question).get("title"));
		}
		return Words.quoted((label == null) ? question : label);
	}

	/** "page 2", or "the contact details" for a contact question. */
	String where(String question) {
		Integer page = this.pageOf.get(question);
		return (page == null) ? "the contact details" : "page " + (page + 1);
	}

	private static void collectControls(JsonNode element, Map<String, JsonNode> controls) {
		String scope = element.path("scope").asString("");
		if ("Control".equals(element.path("type").asString("")) && scope.startsWith("#/properties/")) {
			controls.put(scope.substring("#/properties/".length()), element);
		}
		element.path("elements").forEach(child -> collectControls(child, controls));
	}

}
