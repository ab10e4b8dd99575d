package org.candour.surveys;

import java.util.List;
import java.util.Map;

import org.candour.api.ApiError;
import org.candour.api.EndpointRoles;
import org.candour.api.Refusal;
import org.candour.api.RequestBodies;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A resident's answers to the survey of their closed case, through its signed survey link
 * (no sign-in): the survey's answers, whether to link them to the case, and optionally
 * the equality monitoring answers.
 */
@RestController
class SurveyController {

	private final ServiceSurveys surveys;

	private final RequestBodies bodies;

	SurveyController(ServiceSurveys surveys, RequestBodies bodies) {
		this.surveys = surveys;
		this.bodies = bodies;
	}

	@PostMapping("/api/tenants/{tenant}/cases/{reference}/survey")
	@EndpointRoles(EndpointRoles.PUBLIC)
	ResponseEntity<Map<String, Object>> answer(@PathVariable String reference, @RequestBody JsonNode body) {
		SurveyInvitation invitation = this.surveys.invitation(body.path("token").asString(""))
			.filter(offered -> offered.reference().equals(reference))
			.orElseThrow(() -> new Refusal(Refusal.Kind.NOT_ALLOWED,
					"The survey link is not valid: it may have expired, or be for another case",
					List.of(new ApiError("/token", "survey.link-invalid", "The survey link is not valid")), Map.of()));
		this.bodies.require("survey-answer", body);
		if (body.has("equality") && invitation.equalityForm() == null) {
			throw Refusal.rulesBroken("No equality monitoring questions are asked", List.of(new ApiError("/equality",
					"survey.equality-not-asked", "This survey asks no equality monitoring questions")));
		}
		this.surveys.answer(invitation, body.path("answers"), body.path("linkToCase").asBoolean());
		boolean equality = body.has("equality");
		if (equality) {
			this.surveys.answerEquality(invitation, body.path("equality"));
		}
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(Map.of("linkedToCase", body.path("linkToCase").asBoolean(), "equalityAnswered", equality));
	}

}
