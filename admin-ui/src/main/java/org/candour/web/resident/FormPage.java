package org.candour.web.resident;

import java.util.List;

/** One page of a resident form: a Category, or one question when the form has none. */
public record FormPage(int number, String title, List<String> notes, List<Question> questions) {

	/**
	 * Whether a question of the page takes files (its form is then sent as multipart).
	 */
	public boolean uploads() {
		return this.questions.stream().anyMatch(question -> "file".equals(question.kind()));
	}

}
