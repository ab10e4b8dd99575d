package org.candour.surveys;

import java.time.YearMonth;

import org.candour.definition.model.FeedbackType;
import org.candour.definition.model.Form;

/**
 * What a genuine survey link offers: the closed case it is for and the forms to answer.
 *
 * @param caseId the case's storage id
 * @param reference its reference
 * @param feedbackType its feedback type, as the active configuration has it
 * @param monthClosed the month it closed, in the tenant calendar's zone
 * @param form the survey's questions
 * @param equalityForm the equality monitoring questions; {@code null} when none are
 * offered
 * @param answered whether the survey has been answered for the case
 * @param equalityAnswered whether the equality questions have been answered (or declined)
 * for it
 */
public record SurveyInvitation(String caseId, String reference, FeedbackType feedbackType, YearMonth monthClosed,
		Form form, Form equalityForm, boolean answered, boolean equalityAnswered) {

	/** Whether equality questions are still to be offered. */
	public boolean offersEquality() {
		return this.equalityForm != null && !this.equalityAnswered;
	}

}
