package org.candour.surveys;

import java.time.YearMonth;
import java.util.Map;

import org.candour.api.EndpointRoles;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Satisfaction results: the survey answers counted per question, by the month the cases
 * closed, small numbers suppressed as for equality data (anonymous answers must stay
 * anonymous in a small month).
 */
@RestController
class SurveyResultsController {

	private final SurveyForms forms;

	private final AnswerQueries queries;

	SurveyResultsController(SurveyForms forms, AnswerQueries queries) {
		this.forms = forms;
		this.queries = queries;
	}

	@GetMapping("/api/tenants/{tenant}/survey/results")
	@EndpointRoles({ EndpointRoles.MANAGER, EndpointRoles.AUDITOR })
	Map<String, Object> results(@RequestParam(required = false) String from,
			@RequestParam(required = false) String to) {
		YearMonth first = AnswerQueries.month("from", from);
		YearMonth last = AnswerQueries.month("to", to);
		return Map.of("results",
				this.forms.surveys()
					.stream()
					.map(form -> AnswerTables.of(form,
							this.queries.answers(SurveyCollections.SURVEY_ANSWERS, form.id(), "monthClosed", first,
									last),
							first, last))
					.toList());
	}

}
