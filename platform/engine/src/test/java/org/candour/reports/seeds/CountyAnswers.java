package org.candour.reports.seeds;

import java.time.LocalDate;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What an officer fills in for the county council pack: a form's required answers and an
 * action's inputs (a response is dated the day it is recorded).
 */
final class CountyAnswers {

	private CountyAnswers() {
	}

	static ObjectNode form(String feedbackType, JsonMapper json) {
		Map<String, Object> answers = switch (feedbackType) {
			case "asc-complaint" ->
				Map.of("name", "Pat Jones", "onBehalfOf", false, "service", "adult-care-assessment", "summary",
						"Care assessment delayed", "details", "My care needs assessment has been postponed twice.");
			case "childrens-stage-1" ->
				Map.of("name", "Alex Brown", "complainantIs", "parent", "service", "childrens-social-care", "summary",
						"Social worker changed again", "details", "Our family has had four social workers this year.");
			case "compliment" -> Map.of("service", "libraries-registration", "summary", "Helpful library staff",
					"details", "The staff at Northby library helped me apply for a job online.",
					"publicationPermission", "yes-anonymous");
			default -> Map.of("name", "Sam Taylor", "service", "highways", "summary", "Pothole not repaired", "details",
					"I reported a pothole on Station Road three times.");
		};
		return json.valueToTree(answers);
	}

	static Map<String, Object> inputs(String feedbackType, String action, LocalDate on) {
		return switch (action) {
			case "acknowledge" -> switch (feedbackType) {
				case "asc-complaint" -> Map.of("discussionOffered", true);
				case "complaint-stage-2" -> Map.of("reviewingOfficer", "j.okafor", "notStage1Handler", true);
				default -> Map.of();
			};
			case "respond" -> switch (feedbackType) {
				// the corporate stages ask for a risk assessment before not upholding
				case "complaint-stage-1" -> Map.of("decision", "not-upheld", "responseDate", on.toString(),
						"classification", theme(feedbackType), "handledBy", "a.patel", "riskCategory",
						"complainant-third-parties", "riskRationale", "No risk found");
				case "complaint-stage-2" -> Map.of("decision", "not-upheld", "responseDate", on.toString(),
						"classification", theme(feedbackType), "riskCategory", "complainant-third-parties",
						"riskRationale", "No risk found");
				// so do the statutory children's stages
				default -> Map.of("decision", "not-upheld", "responseDate", on.toString(), "classification",
						theme(feedbackType), "riskCategory", "complainant-third-parties", "riskRationale",
						"No risk found");
			};
			case "close" -> "asc-complaint".equals(feedbackType) ? Map.of("decision", "not-upheld", "responseDate",
					on.toString(), "classification", theme(feedbackType), "riskCategory", "complainant-third-parties",
					"riskRationale", "No risk found") : Map.of();
			case "complete" ->
				Map.of("decision", "completed", "responseDate", on.toString(), "classification", "road-defect");
			case "agree-plan" -> Map.of("agreedResponseDate", on.plusDays(56).toString());
			case "withdraw" -> Map.of("reason", "The complainant no longer wishes to go ahead.");
			case "decline" -> Map.of("explanation", "We cannot take this complaint forward.");
			case "reclassify-as-service-request" -> Map.of("reason", "A first request for a repair, not a complaint.");
			case "escalate" -> Map.of("reason", "The response did not answer my questions.");
			default -> Map.of();
		};
	}

	private static String theme(String feedbackType) {
		return switch (feedbackType) {
			case "asc-complaint" -> "assessment-or-review";
			case "childrens-stage-1" -> "assessment-or-plan";
			default -> "service-failure";
		};
	}

}
