package org.candour.web.officer.casework;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.candour.web.forms.AnswerCheck;
import org.candour.web.forms.Answers;
import org.candour.web.forms.FieldError;
import org.candour.web.forms.FieldView;
import org.candour.web.forms.FormPage;
import org.candour.web.forms.FormPages;
import org.candour.web.forms.PageFields;
import org.candour.web.forms.Question;
import org.candour.web.forms.RefusalFields;
import org.candour.web.forms.Rule;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.util.MultiValueMap;

/**
 * Questions of a configured form as an officer's form, rendered and read with the shared
 * field fragments and checks ({@code web.forms}). Officers see every question at once: a
 * question shown by one answer of a radios question is revealed under it; other
 * conditional questions are always shown, and their answers count only when their rule
 * holds. Field names may carry a prefix, so that several forms fit in one page (triage).
 *
 * @param form the form (its schema checks the answers)
 * @param questions the questions, as configured
 * @param prefix put before every field name on the page ({@code ""} for none)
 */
record InputForm(FormPages form, List<Question> questions, String prefix) {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	/** The fields to render, with the answers so far and the problems. */
	List<FieldView> fields(ObjectNode answers, List<FieldError> errors, AnswerCheck check) {
		List<Question> shown = new ArrayList<>();
		for (Question question : this.questions) {
			shown.add(prefixed(revealedOnly(question)));
		}
		ObjectNode prefixedAnswers = NODES.objectNode();
		answers.properties().forEach(entry -> prefixedAnswers.set(this.prefix + entry.getKey(), entry.getValue()));
		return PageFields.of(new FormPage(1, this.form.title(), List.of(), shown), prefixedAnswers, errors, check);
	}

	/** The posted answers (those whose rules hold) and their problems, in plain words. */
	Read read(MultiValueMap<String, String> posted, AnswerCheck check, Locale locale) {
		ObjectNode answers = NODES.objectNode();
		for (Question question : this.questions) {
			JsonNode answer = Answers.read(prefixed(question), posted);
			if (answer != null) {
				answers.set(question.name(), answer);
			}
		}
		List<Question> applying = new ArrayList<>();
		for (Question question : this.questions) {
			if (check.applies(question, answers)) {
				applying.add(question);
			}
			else {
				answers.remove(question.name());
			}
		}
		return new Read(answers, prefixed(check.check(this.form, answers, applying, locale)));
	}

	/**
	 * The questions as the engine's refusal is put on them, their answers being at
	 * {@code pointer} in the command.
	 */
	RefusalFields.Asked at(String pointer) {
		return new RefusalFields.Asked(pointer, this.form, this.questions, this.prefix);
	}

	/** A problem about one field, in the engine's (configured) words. */
	FieldError on(String field, String message) {
		Question question = this.questions.stream().filter(q -> q.name().equals(field)).findFirst().orElse(null);
		if (question == null) {
			return null;
		}
		return prefixed(new FieldError(field, null, question.id(), message));
	}

	List<FieldError> prefixed(List<FieldError> errors) {
		return errors.stream().map(this::prefixed).toList();
	}

	private FieldError prefixed(FieldError error) {
		return at("").named(error);
	}

	private Question prefixed(Question question) {
		if (this.prefix.isEmpty()) {
			return question;
		}
		List<Rule> rules = question.rules()
			.stream()
			.map(rule -> rule.field().isEmpty() ? rule
					: new Rule(rule.show(), this.prefix + rule.field(), rule.schema()))
			.toList();
		return new Question(this.prefix + question.name(), question.kind(), question.label(), question.hint(),
				question.required(), question.maxLength(), question.characterCount(), question.autocomplete(),
				question.choices(), question.parts(), rules, null, question.shown());
	}

	/**
	 * Keeps the rule of a question revealed by one answer of another (rendered as a
	 * conditional reveal); drops other rules so the question is always shown.
	 */
	private static Question revealedOnly(Question question) {
		if (question.rules().isEmpty() || question.rules().size() == 1 && singleValue(question.rules().get(0))) {
			return question;
		}
		return new Question(question.name(), question.kind(), question.label(), question.hint(), question.required(),
				question.maxLength(), question.characterCount(), question.autocomplete(), question.choices(),
				question.parts(), List.of(), null, question.shown());
	}

	private static boolean singleValue(Rule rule) {
		JsonNode schema = rule.schema();
		return rule.show() && schema.size() == 1
				&& (schema.has("const") || schema.path("enum").isArray() && schema.path("enum").size() == 1);
	}

	/** Answers read from a post, and what is wrong with them. */
	record Read(ObjectNode answers, List<FieldError> errors) {
	}

}
