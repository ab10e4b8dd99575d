package org.candour.definition.editing;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * A form as the form builder shows it: its pages in order with their questions, and the
 * fields staff record that no page asks.
 *
 * @param id the form's id
 * @param title the form's title
 * @param paged whether the form is laid out in pages ({@code Categorization}); a form
 * that is not asks one question per page, and the pages below are those (the first
 * operation that changes its layout writes them as pages)
 * @param pages the pages, in order; operations address a page by its index here
 * @param staffOnly the data fields no page asks: recorded by staff through workflow
 * actions, shown on the case screen, never asked of residents
 */
public record FormView(String id, Text title, boolean paged, List<Page> pages, List<Question> staffOnly) {

	public FormView {
		pages = List.copyOf(pages);
		staffOnly = List.copyOf(staffOnly);
	}

	/** All questions on pages, in order. */
	public List<Question> questions() {
		return this.pages.stream().flatMap(page -> page.questions().stream()).toList();
	}

	/**
	 * One page.
	 *
	 * @param index its position, from 0
	 * @param title its heading
	 * @param notes the guidance texts on it
	 * @param fieldsets the fieldsets placed on it (their questions come from the fieldset
	 * document and are edited there)
	 * @param questions its questions in order (contact details, asked on the contact
	 * page, included and marked)
	 */
	public record Page(int index, Text title, List<Text> notes, List<String> fieldsets, List<Question> questions) {

		public Page {
			notes = List.copyOf(notes);
			fieldsets = List.copyOf(fieldsets);
			questions = List.copyOf(questions);
		}

	}

	/**
	 * One question.
	 *
	 * @param name the data field it fills (stable: renaming the label never changes it)
	 * @param kind the input that asks it (see {@link FormEditor#KINDS})
	 * @param label the question (Welsh when given)
	 * @param hint the hint, or {@code null}
	 * @param required whether it must be answered
	 * @param codeList the code list offering its answers, or {@code null}
	 * @param options the answers to choose from (with a code list: the labels the form
	 * gives some of its codes, e.g. in Welsh)
	 * @param settings what its kind allows
	 * @param staffOnly recorded by staff, not asked on any page
	 * @param contact a contact detail (the form's {@code people}): asked on the contact
	 * page
	 * @param condition the JSON Forms rule on the question, as written, or {@code null}
	 * @param enclosingConditions the rules of the groups and page around it
	 * @param pointer where its control is in the document ({@code null} when staff only)
	 * @param messages the form's own messages for it, by keyword ({@code required},
	 * {@code maxLength}, {@code dates}…); a keyword without one gets the platform's
	 */
	public record Question(String name, String kind, Text label, Text hint, boolean required, String codeList,
			List<Option> options, Settings settings, boolean staffOnly, boolean contact, JsonNode condition,
			List<JsonNode> enclosingConditions, String pointer, Map<String, Text> messages) {

		public Question {
			options = List.copyOf(options);
			enclosingConditions = List.copyOf(enclosingConditions);
			messages = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(messages));
		}

		/**
		 * The question as a draft to change and give to {@link FormEditor#editQuestion}.
		 */
		public QuestionDraft draft() {
			return new QuestionDraft(this.kind, this.label, this.hint, this.required, this.codeList, this.options,
					this.settings);
		}

	}

}
