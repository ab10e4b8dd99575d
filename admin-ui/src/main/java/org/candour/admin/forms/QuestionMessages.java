package org.candour.admin.forms;

import java.util.List;
import java.util.Map;

import org.candour.definition.editing.FormChange;
import org.candour.definition.editing.FormEditor;
import org.candour.definition.editing.FormView;
import org.candour.definition.editing.Text;

/**
 * The messages residents see when their answer to a question is refused, as the resident
 * pages look them up (the form's {@code messages} by the question and the refused
 * keyword): one when it is not answered ({@code required}) and one when it breaks its
 * kind's rule, e.g. too long ({@code maxLength}), out of range ({@code minimum} and
 * {@code maximum}), a date the rule does not allow ({@code dates}). An empty message
 * leaves the platform's standard one.
 */
final class QuestionMessages {

	static final String REQUIRED = "required";

	private static final Map<String, Rule> RULES = Map.of("text", Rule.of("the answer is too long", "maxLength"),
			"textarea", Rule.of("the answer is too long", "maxLength"), "number",
			Rule.of("the number is too small or too large", "minimum", "maximum"), "date",
			Rule.of("the date is not allowed by the date rule", "dates"), "email",
			Rule.of("the email address is not in the right format", "format"), "phone",
			Rule.of("the phone number is not in the right format", "pattern"));

	private QuestionMessages() {
	}

	/** What the kind's rule message is for, in words; {@code null} when it has none. */
	static String ruleWhen(String kind) {
		Rule rule = RULES.get(kind);
		return (rule == null) ? null : rule.when();
	}

	/** The question's rule message in English, empty when it has none of its own. */
	static String rule(FormView.Question question) {
		Rule rule = RULES.get(question.kind());
		if (rule == null) {
			return "";
		}
		return rule.keywords()
			.stream()
			.map(keyword -> english(question, keyword))
			.filter(message -> !message.isEmpty())
			.findFirst()
			.orElse("");
	}

	static String english(FormView.Question question, String keyword) {
		Text message = question.messages().get(keyword);
		return (message == null) ? "" : message.english();
	}

	/**
	 * {@code change} (the question saved) with its messages as posted: the Welsh of a
	 * message kept, an emptied one removed.
	 */
	static FormChange apply(FormEditor editor, FormChange change, FormView.Question question, QuestionFields fields) {
		FormChange done = set(editor, change, question, REQUIRED, fields.requiredMessage());
		Rule rule = RULES.get(question.kind());
		if (rule != null) {
			for (String keyword : rule.keywords()) {
				done = set(editor, done, question, keyword, fields.ruleMessage());
			}
		}
		return done;
	}

	private static FormChange set(FormEditor editor, FormChange change, FormView.Question question, String keyword,
			String english) {
		if (change.refused()) {
			return change;
		}
		Text before = question.messages().get(keyword);
		String words = (english == null) ? "" : english.trim();
		if (words.equals((before == null) ? "" : before.english())) {
			return change;
		}
		Text message = words.isEmpty() ? null : Text.of(words, (before == null) ? null : before.welsh());
		return editor.setMessage(change.document(), question.name(), keyword, message);
	}

	/**
	 * A kind's rule message.
	 *
	 * @param when what the message is for, in words
	 * @param keywords the keywords it is set for
	 */
	private record Rule(String when, List<String> keywords) {

		static Rule of(String when, String... keywords) {
			return new Rule(when, List.of(keywords));
		}

	}

}
