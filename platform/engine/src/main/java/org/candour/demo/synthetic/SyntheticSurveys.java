package org.candour.demo.synthetic;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.candour.cases.FeedbackCase;
import org.candour.definition.model.Form;
import org.candour.surveys.ServiceSurveys;
import org.candour.surveys.SurveyInvitation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Survey answers for demo cases, so the satisfaction results and the equality profile are
 * not empty on first run: about a third of the closed cases whose resident is asked
 * answer the survey a few days after closing (a third of those linking the answers to the
 * case), and about half of those answer the equality questions. Each question answered by
 * choosing gets one of its choices (the survey's first, required, question leaning
 * towards the satisfied end); optional questions are sometimes left; free text is never
 * made up.
 */
final class SyntheticSurveys {

	private final ServiceSurveys surveys;

	private final Random random;

	private final Instant realNow;

	private int answered;

	SyntheticSurveys(ServiceSurveys surveys, Random random, Instant realNow) {
		this.surveys = surveys;
		this.random = random;
		this.realNow = realNow;
	}

	void maybeAnswer(FeedbackCase closed) {
		if (closed.current().open() || closed.current().closedAt() == null || this.random.nextInt(3) != 0) {
			return;
		}
		SurveyInvitation invitation = this.surveys.invitation(this.surveys.linkFor(closed)).orElse(null);
		if (invitation == null || invitation.answered()) {
			return;
		}
		Instant days = closed.current().closedAt().plus(Duration.ofDays(1 + this.random.nextInt(6)));
		Instant at = days.isAfter(this.realNow) ? this.realNow : days;
		this.surveys.answer(invitation, answers(invitation.form(), true), this.random.nextInt(3) == 0, at);
		this.answered++;
		if (invitation.equalityForm() != null && this.random.nextBoolean()) {
			this.surveys.answerEquality(invitation, answers(invitation.equalityForm(), false), at);
		}
	}

	int answered() {
		return this.answered;
	}

	private ObjectNode answers(Form form, boolean leanSatisfied) {
		ObjectNode answers = JsonNodeFactory.instance.objectNode();
		JsonNode schema = form.schema();
		List<String> required = new ArrayList<>();
		schema.path("required").forEach(name -> required.add(name.asString()));
		schema.path("properties").properties().forEach(question -> {
			List<String> choices = new ArrayList<>();
			question.getValue().path("oneOf").forEach(choice -> {
				if (choice.has("const")) {
					choices.add(choice.path("const").asString());
				}
			});
			boolean asked = required.contains(question.getKey()) || this.random.nextInt(10) < 8;
			if (choices.isEmpty() || form.people().contains(question.getKey()) || !asked) {
				return;
			}
			int pick = (leanSatisfied && required.contains(question.getKey()))
					? Math.min(this.random.nextInt(choices.size()), this.random.nextInt(choices.size()))
					: this.random.nextInt(choices.size());
			answers.put(question.getKey(), choices.get(pick));
		});
		return answers;
	}

}
