package org.candour.surveys;

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

	private final SurveyFigures figures;

	SurveyResultsController(SurveyFigures figures) {
		this.figures = figures;
	}

	@GetMapping("/api/tenants/{tenant}/survey/results")
	@EndpointRoles({ EndpointRoles.MANAGER, EndpointRoles.AUDITOR })
	Map<String, Object> results(@RequestParam(required = false) String from,
			@RequestParam(required = false) String to) {
		return Map.of("results",
				this.figures.satisfaction(AnswerQueries.month("from", from), AnswerQueries.month("to", to)));
	}

}
