package org.candour.surveys;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.candour.tenancy.TenantContext;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * That a case has answered the survey, or the equality questions: one document each,
 * naming the case and what was answered, never the answers nor when, so an anonymous
 * answer cannot be matched to its receipt. Taking a receipt is the one write that lets a
 * case answer once.
 */
@Component
class SurveyReceipts {

	static final String SURVEY = "survey";

	static final String EQUALITY = "equality";

	private final MongoTemplate mongo;

	SurveyReceipts(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	boolean has(String caseId, String part) {
		return collection().find(new Document("_id", id(caseId, part))).first() != null;
	}

	/** Takes the receipt; false when the case already has it. */
	boolean take(String caseId, String part) {
		try {
			collection().insertOne(new Document("_id", id(caseId, part)).append("caseId", caseId).append("part", part));
			return true;
		}
		catch (MongoWriteException ex) {
			if (ex.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
				throw ex;
			}
			return false;
		}
	}

	/** Gives a receipt back when what it was taken for could not be stored. */
	void giveBack(String caseId, String part) {
		collection().deleteOne(new Document("_id", id(caseId, part)));
	}

	private static String id(String caseId, String part) {
		return TenantContext.require().value() + ":" + part + ":" + caseId;
	}

	private MongoCollection<Document> collection() {
		return this.mongo.getCollection(SurveyCollections.RECEIPTS);
	}

}
