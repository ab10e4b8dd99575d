package org.candour.surveys;

import org.bson.Document;
import org.candour.cases.CaseDisposed;

import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Survey answers a resident linked to a case are unlinked when the case is disposed of at
 * the end of its retention period: they are kept as an anonymous answer would have been
 * (the feedback type and the month the case closed), so the survey's results still add
 * up, but nothing ties them to the case or the person any more.
 */
@Component
class DisposedCaseSurveyAnswers {

	private final MongoTemplate mongo;

	DisposedCaseSurveyAnswers(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@EventListener
	void on(CaseDisposed disposed) {
		this.mongo.getCollection(SurveyCollections.SURVEY_ANSWERS)
			.updateMany(new Document("caseReference", disposed.reference().value()),
					new Document("$set", new Document("linkedToCase", false)).append("$unset",
							new Document("caseReference", "").append("caseId", "").append("answeredAt", "")));
	}

}
