package org.candour.surveys;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.candour.api.EndpointRoles;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Equality monitoring answers: record by record for equality analysts only (each answer
 * names no case and no person: its form, the month it was given and the answers), and the
 * profile — counts per question with small numbers suppressed — for equality analysts,
 * managers and auditors.
 */
@RestController
class EqualityController {

	private final SurveyForms forms;

	private final AnswerQueries queries;

	private final SurveyFigures figures;

	EqualityController(SurveyForms forms, AnswerQueries queries, SurveyFigures figures) {
		this.forms = forms;
		this.queries = queries;
		this.figures = figures;
	}

	@GetMapping("/api/tenants/{tenant}/equality/answers")
	@EndpointRoles(EndpointRoles.EQUALITY_ANALYST)
	Map<String, Object> answers(@RequestParam(required = false) String from,
			@RequestParam(required = false) String to) {
		YearMonth first = AnswerQueries.month("from", from);
		YearMonth last = AnswerQueries.month("to", to);
		List<Map<String, Object>> items = this.forms.equality()
			.stream()
			.flatMap(form -> this.queries.answers(SurveyCollections.EQUALITY_ANSWERS, form.id(), "month", first, last)
				.stream())
			.map(EqualityController::item)
			.toList();
		return Map.of("items", items);
	}

	@GetMapping("/api/tenants/{tenant}/equality/profile")
	@EndpointRoles({ EndpointRoles.EQUALITY_ANALYST, EndpointRoles.MANAGER, EndpointRoles.AUDITOR })
	Map<String, Object> profile(@RequestParam(required = false) String from,
			@RequestParam(required = false) String to) {
		return Map.of("profiles",
				this.figures.equality(AnswerQueries.month("from", from), AnswerQueries.month("to", to)));
	}

	private static Map<String, Object> item(Document stored) {
		return Map.of("id", stored.getString("_id"), "form", stored.getString("form"), "month",
				stored.getString("month"), "answers", stored.get("answers", Document.class));
	}

}
