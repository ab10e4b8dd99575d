package org.candour.surveys;

import java.time.YearMonth;
import java.util.List;

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

	public List<AnswerTables.Profile> equality(YearMonth from, YearMonth to) {
		return this.forms.equality()
			.stream()
			.map(form -> AnswerTables.of(form,
					this.queries.answers(SurveyCollections.EQUALITY_ANSWERS, form.id(), "month", from, to), from, to))
			.toList();
	}

}
