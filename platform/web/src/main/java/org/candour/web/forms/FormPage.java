package org.candour.web.forms;

import java.util.List;

/**
 * One page of a form: a Category, or one question when the form has none.
 *
 * @param notes its texts ({@code Label}s), each shown while its rules hold
 */
public record FormPage(int number, String title, List<Note> notes, List<Question> questions) {

	/** A text on the page, shown while its rules hold. */
	public record Note(String text, List<Rule> rules) {

	}

	/**
	 * Whether a question of the page takes files (its form is then sent as multipart).
	 */
	public boolean uploads() {
		return this.questions.stream().anyMatch(question -> "file".equals(question.kind()));
	}

	/**
	 * The question that is the page: its only question, titled in the page's words. Its
	 * label or legend is then the page heading (GOV.UK), not a second copy of it.
	 */
	public String headingQuestion() {
		return this.questions.size() == 1 && !this.questions.get(0).labelHidden()
				&& this.questions.get(0).label().equals(this.title) ? this.questions.get(0).name() : null;
	}

}
