package org.candour.privacy;

import java.time.Instant;
import java.util.List;

import org.candour.attachments.Attachment;
import org.candour.cases.HistoryEntry;
import org.candour.notifications.NotificationView;
import org.candour.remedies.RemedySummaries;
import org.candour.surveys.LinkedSurveyAnswers;
import tools.jackson.databind.JsonNode;

/**
 * Everything held about a person on one case, as a subject access export gives it.
 *
 * @param reference the case's reference
 * @param feedbackType its feedback type
 * @param state its workflow state
 * @param receivedAt when it was received
 * @param closedAt when it was closed; null while open
 * @param summary its summary
 * @param people the people part (contact details); null when it has none
 * @param data the case's data
 * @param outcome its outcome
 * @param history its history: notes, actions and changes
 * @param notifications what was sent to the person
 * @param attachments its files (their content is in the bundle beside)
 * @param learning the learning records that name the case
 * @param remedies the remedies offered on it
 * @param surveyAnswers the survey answers the person chose to link to it
 */
record Dossier(String reference, String feedbackType, String state, Instant receivedAt, Instant closedAt,
		String summary, JsonNode people, JsonNode data, JsonNode outcome, List<HistoryEntry> history,
		List<NotificationView> notifications, List<Attachment> attachments, List<Learning> learning,
		List<RemedySummaries.RemedySummary> remedies, List<LinkedSurveyAnswers.Response> surveyAnswers) {

	/**
	 * A learning record naming the case.
	 *
	 * @param id its id
	 * @param statement what was learned
	 * @param theme its theme
	 */
	record Learning(String id, String statement, String theme) {
	}

}
