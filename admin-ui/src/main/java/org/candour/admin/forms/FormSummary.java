package org.candour.admin.forms;

import java.util.List;

import org.candour.definition.editing.FormView;
import org.candour.definition.editing.Text;

/**
 * A form as its page lists it: each page with its questions in words (kind, required or
 * optional), and the fields only staff record.
 *
 * @param title the form's English title
 * @param pages its pages in order
 * @param staffOnly the questions staff record, which no page asks
 */
record FormSummary(String title, List<Page> pages, List<Question> staffOnly) {

	static FormSummary of(FormView view) {
		List<Page> pages = view.pages()
			.stream()
			.map(page -> new Page(page.index() + 1,
					english(page.title(),
							page.questions().isEmpty() ? "Page " + (page.index() + 1)
									: page.questions().get(0).label().english()),
					page.questions().stream().map(FormSummary::question).toList(), page.fieldsets()))
			.toList();
		return new FormSummary(english(view.title(), view.id()), pages,
				view.staffOnly().stream().map(FormSummary::question).toList());
	}

	private static Question question(FormView.Question question) {
		return new Question(question.name(), question.label().english(), QuestionKinds.words(question.kind()),
				question.required(), english(question.hint(), null), question.contact());
	}

	private static String english(Text text, String otherwise) {
		return (text == null) ? otherwise : text.english();
	}

	/**
	 * One page.
	 *
	 * @param number from 1
	 * @param title its heading
	 * @param questions its questions in order
	 * @param fieldsets the question groups placed on it (edited elsewhere)
	 */
	record Page(int number, String title, List<Question> questions, List<String> fieldsets) {

		public int index() {
			return this.number - 1;
		}

		/** Whether it asks questions of its own (contact details are asked once). */
		public boolean hasOwnQuestions() {
			return this.questions.stream().anyMatch(question -> !question.contact());
		}

	}

	/**
	 * One question.
	 *
	 * @param name its data field (stable)
	 * @param label the question in English
	 * @param kind its kind in words
	 * @param required whether it must be answered
	 * @param hint its hint, or {@code null}
	 * @param contact whether it is a contact detail
	 */
	record Question(String name, String label, String kind, boolean required, String hint, boolean contact) {

	}

}
