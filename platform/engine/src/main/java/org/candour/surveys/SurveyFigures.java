package org.candour.surveys;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.bson.Document;
import org.candour.definition.model.Form;

import org.springframework.stereotype.Service;

/**
 * The current tenant's survey and equality answers counted, with small numbers suppressed
 * ({@link SmallNumbers}): satisfaction results by the month the cases closed, the
 * equality profile by the month the answers were given; one {@link AnswerTables.Profile}
 * per form in use. Both periods are whole months, either end open when null.
 */
@Service
public class SurveyFigures {

	private final SurveyForms forms;

	private final AnswerQueries queries;

	SurveyFigures(SurveyForms forms, AnswerQueries queries) {
		this.forms = forms;
		this.queries = queries;
	}

	public List<AnswerTables.Profile> satisfaction(YearMonth from, YearMonth to) {
		return this.forms.surveys()
			.stream()
			.map(form -> AnswerTables.of(form,
					this.queries.answers(SurveyCollections.SURVEY_ANSWERS, form.id(), "monthClosed", from, to), from,
					to))
			.toList();
	}

	/**
	 * Every survey answer of the tenant counted by form, feedback type, month closed,
	 * question and answer (the questions answered by choosing, as the results count
	 * them).
	 */
	public List<AnswerCount> satisfactionCounts() {
		List<AnswerCount> counts = new ArrayList<>();
		this.forms.surveys()
			.forEach(form -> counts.addAll(counted(form,
					this.queries.answers(SurveyCollections.SURVEY_ANSWERS, form.id(), "monthClosed", null, null),
					"monthClosed", true)));
		return counts;
	}

	/**
	 * Every equality answer of the tenant counted by form, month given, question and
	 * answer.
	 */
	public List<AnswerCount> equalityCounts() {
		List<AnswerCount> counts = new ArrayList<>();
		this.forms.equality()
			.forEach(form -> counts.addAll(counted(form,
					this.queries.answers(SurveyCollections.EQUALITY_ANSWERS, form.id(), "month", null, null), "month",
					false)));
		return counts;
	}

	private static List<AnswerCount> counted(Form form, List<Document> answered, String monthField, boolean withType) {
		Map<List<String>, Long> counts = new TreeMap<>(java.util.Comparator.comparing(Object::toString));
		List<String> questions = AnswerTables.choiceQuestions(form);
		for (Document one : answered) {
			String type = withType ? one.getString("feedbackType") : null;
			String month = one.getString(monthField);
			Document answers = one.get("answers", Document.class);
			for (String question : questions) {
				Object value = (answers == null) ? null : answers.get(question);
				String answer = (value == null) ? AnswerTables.NOT_ANSWERED : String.valueOf(value);
				counts.merge(java.util.Arrays.asList(type, month, question, answer), 1L, Long::sum);
			}
		}
		List<AnswerCount> list = new ArrayList<>();
		counts.forEach((key, count) -> list
			.add(new AnswerCount(form.id(), key.get(0), key.get(1), key.get(2), key.get(3), count)));
		return list;
	}

	public List<AnswerTables.Profile> equality(YearMonth from, YearMonth to) {
		return this.forms.equality()
			.stream()
			.map(form -> AnswerTables.of(form,
					this.queries.answers(SurveyCollections.EQUALITY_ANSWERS, form.id(), "month", from, to), from, to))
			.toList();
	}

}
