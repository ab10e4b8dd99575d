package org.candour.cases;

import java.time.Instant;
import java.util.List;

import org.candour.api.ApiError;
import org.candour.calendar.WorkingDayCalendar;
import org.candour.definition.FormRules;
import tools.jackson.databind.JsonNode;

/**
 * The answer rules of a form's or an action's controls ({@link FormRules}: a chosen
 * answer needs another answered, a date must be past or future) as API problems; today is
 * read in the tenant's calendar zone.
 */
final class AnswerRules {

	private AnswerRules() {
	}

	static List<ApiError> check(FormRules rules, JsonNode answers, String prefix, String codePrefix,
			WorkingDayCalendar calendar, Instant now) {
		return rules.check(answers, now.atZone(calendar.spec().zone()).toLocalDate())
			.stream()
			.map(violation -> new ApiError(prefix + violation.pointer(), codePrefix + violation.keyword(),
					violation.message()))
			.toList();
	}

}
