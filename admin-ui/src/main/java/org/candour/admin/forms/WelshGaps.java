package org.candour.admin.forms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.candour.definition.editing.FormView;
import org.candour.definition.editing.MissingWelsh;

/**
 * What of a form has no Welsh yet ({@code FormEditor.missingWelsh}), as the form page
 * lists it for a tenant that offers Welsh: the questions with texts to translate (label,
 * hint, answers, messages), the page headings, and other texts in words.
 *
 * @param questions the questions with a text without Welsh, in order
 * @param pages the page headings without Welsh
 * @param others the other texts without Welsh, in words
 */
record WelshGaps(List<QuestionGap> questions, List<PageGap> pages, List<String> others) {

	private static final Pattern PAGE_HEADING = Pattern.compile("^/spec/uiSchema/elements/(\\d+)/label$");

	private static final Pattern MESSAGE = Pattern.compile("^/spec/messages/~1([^/]+)/[^/]+$");

	static WelshGaps of(FormView view, List<MissingWelsh> missing) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		List<PageGap> pages = new ArrayList<>();
		List<String> others = new ArrayList<>();
		for (MissingWelsh text : missing) {
			FormView.Question question = questionOf(view, text.pointer());
			Matcher heading = PAGE_HEADING.matcher(text.pointer());
			if (question != null) {
				counts.merge(question.name(), 1, Integer::sum);
			}
			else if (view.paged() && heading.matches() && Integer.parseInt(heading.group(1)) < view.pages().size()) {
				pages.add(new PageGap(Integer.parseInt(heading.group(1)) + 1, text.english()));
			}
			else {
				others.add(text.what() + ": ‘" + text.english() + "’");
			}
		}
		List<QuestionGap> questions = new ArrayList<>();
		for (FormView.Question question : view.questions()) {
			if (counts.containsKey(question.name())) {
				questions
					.add(new QuestionGap(question.name(), question.label().english(), counts.get(question.name())));
			}
		}
		return new WelshGaps(questions, pages, others);
	}

	public boolean complete() {
		return this.questions.isEmpty() && this.pages.isEmpty() && this.others.isEmpty();
	}

	/** "3 questions have no Welsh", or "1 question has no Welsh". */
	public String summary() {
		int count = this.questions.size();
		return count + ((count == 1) ? " question has" : " questions have") + " no Welsh";
	}

	private static FormView.Question questionOf(FormView view, String pointer) {
		Matcher message = MESSAGE.matcher(pointer);
		for (FormView.Question question : view.questions()) {
			if (question.pointer() != null && pointer.startsWith(question.pointer() + "/")) {
				return question;
			}
			if (message.matches() && message.group(1).equals(question.name())) {
				return question;
			}
		}
		return null;
	}

	/**
	 * A question with texts without Welsh.
	 *
	 * @param name its data name
	 * @param label its English label
	 * @param texts how many of its texts have no Welsh
	 */
	record QuestionGap(String name, String label, int texts) {
	}

	/**
	 * A page heading without Welsh.
	 *
	 * @param number the page's number, from 1
	 * @param title its English heading
	 */
	record PageGap(int number, String title) {
	}

}
