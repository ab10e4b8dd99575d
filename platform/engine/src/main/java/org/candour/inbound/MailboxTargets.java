package org.candour.inbound;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.candour.api.ApiError;
import org.candour.config.ActiveConfigurations;
import org.candour.definition.model.FeedbackType;
import org.candour.definition.model.Form;
import org.candour.definition.model.FormQuestion;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

/**
 * Where an email goes in the active configuration: a feedback type that takes the
 * {@code email} channel, its summary field (the subject; above the body when the form has
 * no such question), a text question for the body, and the form's {@code name} and
 * {@code email} questions (the sender) when it has them. A form that requires anything
 * else cannot be filled from an email.
 */
@Component
class MailboxTargets {

	static final String CHANNEL = "email";

	private static final Set<String> TEXT = Set.of("text", "textarea");

	private static final String NAME = "name";

	private static final String EMAIL = "email";

	private final ActiveConfigurations configurations;

	private final JsonMapper json;

	MailboxTargets(ActiveConfigurations configurations, JsonMapper json) {
		this.configurations = configurations;
		this.json = json;
	}

	/** The feedback types that take new cases by email, in the configuration's order. */
	List<FeedbackType> takingEmail() {
		return this.configurations.current()
			.map(version -> version.model()
				.feedbackTypes()
				.values()
				.stream()
				.filter(type -> !type.retired() && type.channels().contains(CHANNEL))
				.toList())
			.orElse(List.of());
	}

	/**
	 * What stops emails being logged as {@code feedbackType} with the body in a field.
	 */
	List<ApiError> problems(String feedbackType, String bodyField) {
		Optional<FeedbackType> type = this.configurations.current()
			.flatMap(version -> version.model().feedbackType(feedbackType));
		if (type.isEmpty() || type.get().retired()) {
			return List.of(new ApiError("/feedbackType", "inbound.unknown-feedback-type",
					"There is no feedback type '" + feedbackType + "' that takes new cases"));
		}
		List<ApiError> problems = new ArrayList<>();
		if (!type.get().channels().contains(CHANNEL)) {
			problems.add(new ApiError("/feedbackType", "inbound.no-email-channel",
					"The feedback type '" + feedbackType + "' does not list email among its channels"));
		}
		Map<String, FormQuestion> questions = questions(form(type.get()));
		FormQuestion body = questions.get(bodyField);
		if (body == null || !TEXT.contains(body.kind())) {
			problems.add(new ApiError("/bodyField", "inbound.no-body-question",
					"The form has no text question '" + bodyField + "' for the email's text"));
		}
		Set<String> filled = Set.of(summaryName(type.get()), bodyField, NAME, EMAIL);
		questions.values()
			.stream()
			.filter(question -> question.required() && !filled.contains(question.name()))
			.forEach(question -> problems.add(new ApiError("/feedbackType", "inbound.required-question",
					"The form requires '" + question.name() + "', which an email cannot give")));
		return problems;
	}

	/** The form data of an email, each answer cut to its question's length. */
	ObjectNode data(Mailbox mailbox, InboundEmail email) {
		FeedbackType type = this.configurations.require().model().feedbackType(mailbox.feedbackType()).orElseThrow();
		Map<String, FormQuestion> questions = questions(form(type));
		ObjectNode data = this.json.createObjectNode();
		String summary = summaryName(type);
		put(data, questions, summary, email.subjectOrPlaceholder());
		// a form without a summary question keeps the subject above the text
		put(data, questions, mailbox.bodyField(), questions.containsKey(summary) ? email.bodyOrPlaceholder()
				: email.subjectOrPlaceholder() + "\n\n" + email.bodyOrPlaceholder());
		put(data, questions, NAME, email.senderName());
		put(data, questions, EMAIL, email.sender());
		return data;
	}

	private static void put(ObjectNode data, Map<String, FormQuestion> questions, String field, String value) {
		FormQuestion question = questions.get(field);
		if (question == null || value == null || value.isBlank()) {
			return;
		}
		Integer max = question.maxLength();
		data.put(field, (max != null && value.length() > max) ? value.substring(0, max - 1) + "…" : value);
	}

	private Form form(FeedbackType type) {
		return this.configurations.require().model().form(type.form()).orElseThrow();
	}

	private static String summaryName(FeedbackType type) {
		return type.summaryField().substring(1);
	}

	private static Map<String, FormQuestion> questions(Form form) {
		Map<String, FormQuestion> questions = new LinkedHashMap<>();
		form.layout().pages().forEach(page -> page.questions().forEach(q -> questions.put(q.name(), q)));
		form.layout().contact().forEach(q -> questions.put(q.name(), q));
		return questions;
	}

}
