package org.candour.privacy;

import java.util.ArrayList;
import java.util.List;

import org.candour.attachments.CaseAttachments;
import org.candour.cases.CaseLookup;
import org.candour.cases.CaseReference;
import org.candour.cases.FeedbackCase;
import org.candour.learning.LearningPlans;
import org.candour.learning.LearningView;
import org.candour.notifications.Notifications;
import org.candour.remedies.RemedySummaries;
import org.candour.surveys.LinkedSurveyAnswers;

import org.springframework.stereotype.Component;

/**
 * Gathers what the tenant holds about a person on each of their cases: the case with its
 * people part and history, the notifications sent to them, its files, the learning
 * records and remedies that name it, the survey answers linked to it.
 */
@Component
class Dossiers {

	private static final String COMPLAINANT = "complainant";

	private final CaseLookup cases;

	private final Notifications notifications;

	private final CaseAttachments attachments;

	private final LearningPlans learning;

	private final RemedySummaries remedies;

	private final LinkedSurveyAnswers surveyAnswers;

	Dossiers(CaseLookup cases, Notifications notifications, CaseAttachments attachments, LearningPlans learning,
			RemedySummaries remedies, LinkedSurveyAnswers surveyAnswers) {
		this.cases = cases;
		this.notifications = notifications;
		this.attachments = attachments;
		this.learning = learning;
		this.remedies = remedies;
		this.surveyAnswers = surveyAnswers;
	}

	/** The dossiers of the cases that exist, in the order given. */
	List<Dossier> of(List<String> references) {
		List<LearningView> records = this.learning.register(null, null, null).items();
		List<Dossier> dossiers = new ArrayList<>();
		for (String reference : references) {
			this.cases.find(new CaseReference(reference)).ifPresent(found -> dossiers.add(dossier(found, records)));
		}
		return dossiers;
	}

	private Dossier dossier(FeedbackCase found, List<LearningView> records) {
		var state = found.current();
		return new Dossier(found.reference(), state.feedbackType(), state.state(), found.receivedAt(), state.closedAt(),
				state.summary(), this.cases.contact(found).orElse(null), state.data(), state.outcome(), found.history(),
				this.notifications.ofCase(found)
					.stream()
					.filter(notification -> COMPLAINANT.equals(notification.recipient()))
					.toList(),
				this.attachments.list(found),
				records.stream()
					.filter(record -> record.cases() != null && record.cases().contains(found.reference()))
					.map(record -> new Dossier.Learning(record.id(), record.statement(), record.theme()))
					.toList(),
				this.remedies.of(found.caseReference()), this.surveyAnswers.ofCase(found.caseReference()));
	}

}
