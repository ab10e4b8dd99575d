package org.candour.surveys;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bson.Document;
import org.candour.cases.CaseReference;
import org.candour.config.ActiveConfigurations;
import org.candour.definition.model.Form;
import org.candour.definition.model.FormQuestion;
import tools.jackson.databind.JsonNode;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * The survey answers a resident chose to link to their case, for subject access: each
 * answer with its question's title and, for a choice, the choice's label, as the tenant's
 * active configuration words them (the question's name, or the stored value, where it
 * gives none). Anonymous answers, and answers unlinked when their case was disposed of or
 * its person erased ({@link DisposedCaseSurveyAnswers}), name no case and are never found
 * here.
 */
@Service
public class LinkedSurveyAnswers {

	private final MongoTemplate mongo;

	private final ActiveConfigurations configurations;

	LinkedSurveyAnswers(MongoTemplate mongo, ActiveConfigurations configurations) {
		this.mongo = mongo;
		this.configurations = configurations;
	}

	/** The answers linked to the case, in the current tenant. */
	public List<Response> ofCase(CaseReference reference) {
		List<Response> responses = new ArrayList<>();
		for (Document stored : this.mongo.getCollection(SurveyCollections.SURVEY_ANSWERS)
			.find(new Document("caseReference", reference.value()))) {
			Date answeredAt = stored.getDate("answeredAt");
			responses.add(new Response(stored.getString("form"), stored.getString("feedbackType"),
					stored.getString("monthClosed"), (answeredAt == null) ? null : answeredAt.toInstant(),
					answers(stored.getString("form"), stored.get("answers", Document.class))));
		}
		return responses;
	}

	private List<Answer> answers(String formId, Document given) {
		Map<String, FormQuestion> questions = new LinkedHashMap<>();
		this.configurations.current()
			.flatMap(version -> version.model().form(formId))
			.map(Form::layout)
			.ifPresent(layout -> layout.pages()
				.forEach(page -> page.questions().forEach(question -> questions.put(question.name(), question))));
		List<Answer> answers = new ArrayList<>();
		Map<String, Object> left = new LinkedHashMap<>((given == null) ? Map.of() : given);
		questions.forEach((name, question) -> {
			if (left.containsKey(name)) {
				answers.add(answer(name, question, left.remove(name)));
			}
		});
		left.forEach((name, value) -> answers.add(answer(name, null, value)));
		return answers;
	}

	private static Answer answer(String name, FormQuestion question, Object value) {
		String text = (value instanceof List<?> several)
				? String.join(", ", several.stream().map(String::valueOf).toList()) : String.valueOf(value);
		if (question == null) {
			return new Answer(name, name, text, null);
		}
		String chosen = question.choices()
			.stream()
			.filter(choice -> choice.value().equals(text))
			.findFirst()
			.map(choice -> english(choice.label(), null))
			.orElse(null);
		return new Answer(name, english(question.label(), name), text, chosen);
	}

	private static String english(JsonNode text, String otherwise) {
		return Optional.ofNullable(text)
			.map(node -> node.isString() ? node.asString() : node.path("en").asString(""))
			.filter(words -> !words.isBlank())
			.orElse(otherwise);
	}

	/**
	 * One survey response linked to a case.
	 *
	 * @param form the survey form's id
	 * @param feedbackType the case's feedback type
	 * @param monthClosed the month the case closed
	 * @param answeredAt when it was answered
	 * @param answers its answers, in the form's order
	 */
	public record Response(String form, String feedbackType, String monthClosed, Instant answeredAt,
			List<Answer> answers) {
	}

	/**
	 * One answer.
	 *
	 * @param question the question's name
	 * @param title the question as the form asks it (its name when the form gives none)
	 * @param answer the answer as stored (several choices separated by commas)
	 * @param chosen the label of the choice answered; {@code null} for free text
	 */
	public record Answer(String question, String title, String answer, String chosen) {
	}

}
