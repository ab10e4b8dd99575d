package org.candour.surveys;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.candour.definition.model.Form;
import tools.jackson.databind.JsonNode;

/**
 * Counts of the answers to each question of a form that is answered by choosing (its
 * schema's {@code oneOf} of constants, or {@code enum}), one table per question with a
 * cell per choice in the form's order, any other stored value after them, and
 * {@value #NOT_ANSWERED}; published with small numbers suppressed ({@link SmallNumbers}).
 * Free-text questions are not counted.
 */
public final class AnswerTables {

	public static final String NOT_ANSWERED = "not-answered";

	private AnswerTables() {
	}

	static Profile of(Form form, List<Document> answered, YearMonth from, YearMonth to) {
		long respondents = answered.size();
		boolean hideTotal = SmallNumbers.totalSuppressed(respondents);
		List<Table> tables = new ArrayList<>();
		form.schema().path("properties").properties().forEach(question -> {
			Map<String, String> labels = choices(question.getValue());
			if (labels.isEmpty() || form.people().contains(question.getKey())) {
				return;
			}
			Map<String, Long> counts = new LinkedHashMap<>();
			labels.keySet().forEach(choice -> counts.put(choice, 0L));
			long notAnswered = 0;
			for (Document one : answered) {
				Object value = one.get("answers", Document.class).get(question.getKey());
				if (value == null) {
					notAnswered++;
				}
				else {
					counts.merge(String.valueOf(value), 1L, Long::sum);
				}
			}
			counts.put(NOT_ANSWERED, notAnswered);
			List<Cell> cells = new ArrayList<>();
			SmallNumbers.publish(counts)
				.forEach((answer,
						count) -> cells.add(new Cell(answer,
								NOT_ANSWERED.equals(answer) ? "Not answered" : labels.getOrDefault(answer, answer),
								count, count == null)));
			tables.add(
					new Table(question.getKey(), question.getValue().path("title").asString(question.getKey()), cells));
		});
		return new Profile(form.id(), from == null ? null : from.toString(), to == null ? null : to.toString(),
				SmallNumbers.THRESHOLD, hideTotal ? null : respondents, hideTotal, tables);
	}

	/** The questions of a form answered by choosing, in the form's order. */
	static List<String> choiceQuestions(Form form) {
		List<String> questions = new ArrayList<>();
		form.schema().path("properties").properties().forEach(question -> {
			if (!choices(question.getValue()).isEmpty() && !form.people().contains(question.getKey())) {
				questions.add(question.getKey());
			}
		});
		return questions;
	}

	private static Map<String, String> choices(JsonNode schema) {
		Map<String, String> labels = new LinkedHashMap<>();
		schema.path("oneOf").forEach(choice -> {
			if (choice.has("const")) {
				labels.put(choice.path("const").asString(),
						choice.path("title").asString(choice.path("const").asString()));
			}
		});
		schema.path("enum").forEach(value -> labels.put(value.asString(), value.asString()));
		return labels;
	}

	/**
	 * The answers to one form, counted.
	 *
	 * @param form the form's id
	 * @param from the first month counted; null from the first answer
	 * @param to the last month counted; null up to the latest
	 * @param threshold counts below it (and above 0) are suppressed
	 * @param respondents how many answered; null when suppressed
	 * @param respondentsSuppressed whether it is
	 * @param questions a table per question answered by choosing
	 */
	public record Profile(String form, String from, String to, int threshold, Long respondents,
			boolean respondentsSuppressed, List<Table> questions) {
	}

	/**
	 * @param question the question's name
	 * @param title its wording
	 * @param answers a cell per answer
	 */
	public record Table(String question, String title, List<Cell> answers) {
	}

	/**
	 * @param answer the answer's value ({@value #NOT_ANSWERED} for those who left it)
	 * @param label its wording
	 * @param count how many gave it; null when suppressed
	 * @param suppressed whether it is
	 */
	public record Cell(String answer, String label, Long count, boolean suppressed) {
	}

}
