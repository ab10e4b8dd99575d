package org.candour.web.resident;

import org.candour.web.forms.AnswerCheck;
import org.candour.web.forms.FieldError;
import org.candour.web.forms.FormPages;
import org.candour.web.forms.Question;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpSession;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Keeps a page's answers in the session only when they fit, so that an anonymous visitor
 * cannot make the server hold more than a real form needs: each answer within its
 * question's {@code maxLength} (or, without one,
 * {@code candour.resident.max-answer-length} characters), and the journeys of the session
 * together within {@code candour.resident.max-answers-size}. When an answer does not fit,
 * nothing of the page is kept and the problems say what to shorten.
 */
@Component
class AnswerLimits {

	private final ResidentSettings settings;

	private final AnswerCheck check;

	private final MessageSource messages;

	AnswerLimits(ResidentSettings settings, AnswerCheck check, MessageSource messages) {
		this.settings = settings;
		this.check = check;
		this.messages = messages;
	}

	/**
	 * Keeps {@code answers} (question name to answer, null to forget it) in the journey
	 * if they fit.
	 * @return the problems; none when the answers were kept
	 */
	List<FieldError> keep(FormPages form, List<Question> questions, Map<String, JsonNode> answers,
			FeedbackJourney journey, boolean asContact, HttpSession session, Locale locale) {
		List<FieldError> problems = new ArrayList<>();
		for (Question question : questions) {
			FieldError tooLong = tooLong(form, questions, question, answers.get(question.name()), locale);
			if (tooLong != null) {
				problems.add(tooLong);
			}
		}
		if (problems.isEmpty() && !fits(journey, answers, asContact, session)) {
			problems.add(tooMuch(questions, answers, locale));
		}
		if (problems.isEmpty()) {
			answers.forEach((name, answer) -> journey.answer(name, answer, asContact));
		}
		return problems;
	}

	/**
	 * What a page refused by {@link #keep} shows: the answers kept, with those just sent
	 * as typed so they can be shortened (unless longer than any answer may be).
	 */
	ObjectNode shownBack(ObjectNode kept, List<Question> questions, Map<String, JsonNode> answers) {
		ObjectNode shown = kept.deepCopy();
		for (Question question : questions) {
			if (answers.containsKey(question.name())) {
				JsonNode answer = answers.get(question.name());
				int longest = Math.max(this.settings.maxAnswerLength(),
						question.maxLength() == null ? 0 : question.maxLength());
				if (answer == null || length(answer) > longest) {
					shown.remove(question.name());
				}
				else {
					shown.set(question.name(), answer);
				}
			}
		}
		return shown;
	}

	/**
	 * All the problems of a page refused by {@link #keep}, in the page's order: what does
	 * not fit, and what else the schema finds in what was sent ({@code shown}), so the
	 * resident can put everything right at once.
	 */
	List<FieldError> withOthers(FormPages form, List<Question> questions, List<FieldError> refused, ObjectNode shown,
			Locale locale) {
		List<Question> visible = questions.stream().filter(question -> this.check.applies(question, shown)).toList();
		List<FieldError> others = this.check.check(form, shown, visible, locale);
		List<FieldError> all = new ArrayList<>();
		for (Question question : questions) {
			refused.stream()
				.filter(error -> error.field().equals(question.name()))
				.findFirst()
				.or(() -> others.stream().filter(error -> error.field().equals(question.name())).findFirst())
				.ifPresent(all::add);
		}
		return all;
	}

	/**
	 * Shortening always fits; otherwise the session's journeys must stay within the cap.
	 */
	private boolean fits(FeedbackJourney journey, Map<String, JsonNode> answers, boolean asContact,
			HttpSession session) {
		long size = journey.sizeWith(answers, asContact);
		long others = FeedbackJourney.sizeOfAll(session) - journey.size();
		return size <= journey.size() || others + size <= this.settings.maxAnswersSize().toBytes();
	}

	private FieldError tooLong(FormPages form, List<Question> questions, Question question, JsonNode answer,
			Locale locale) {
		if (answer == null) {
			return null;
		}
		String pointer = "/" + question.name();
		if (answer.isString() && question.maxLength() != null) {
			return length(answer) > question.maxLength()
					? this.check.explain(form, questions, pointer, "maxLength", locale) : null;
		}
		for (Question part : question.parts()) {
			JsonNode line = answer.get(part.name());
			if (line != null && part.maxLength() != null && length(line) > part.maxLength()) {
				return this.check.explain(form, questions, pointer + "/" + part.name(), "maxLength", locale);
			}
		}
		return length(answer) > this.settings.maxAnswerLength()
				? this.check.tooLong(question, this.settings.maxAnswerLength(), locale) : null;
	}

	/** The page's longest answer is the one to shorten first. */
	private FieldError tooMuch(List<Question> questions, Map<String, JsonNode> answers, Locale locale) {
		Question longest = questions.stream()
			.filter(question -> answers.get(question.name()) != null)
			.max(Comparator.comparingInt(question -> length(answers.get(question.name()))))
			.orElse(questions.get(0));
		return new FieldError(longest.name(), null, longest.id(),
				this.messages.getMessage("resident.error.answers-too-long", null, locale));
	}

	/** Characters as JSON Schema's {@code maxLength} counts them (code points). */
	private static int length(JsonNode answer) {
		String text = answer.isString() ? answer.asString() : answer.toString();
		return text.codePointCount(0, text.length());
	}

}
