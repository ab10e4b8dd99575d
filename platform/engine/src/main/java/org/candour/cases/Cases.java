package org.candour.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.bson.conversions.Bson;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Stored cases of the current tenant. */
@Component
class Cases {

	private final MongoTemplate mongo;

	private final CaseCodec codec;

	Cases(MongoTemplate mongo, JsonMapper json) {
		this.mongo = mongo;
		this.codec = new CaseCodec(json);
	}

	/**
	 * Stores a new case. The unique indexes decide: a case with the same idempotency key
	 * means a retry; a case with the same reference means the reference must be allocated
	 * again.
	 */
	Insert insert(FeedbackCase feedbackCase) {
		try {
			collection().insertOne(this.codec.toBson(feedbackCase));
			return Insert.STORED;
		}
		catch (MongoWriteException ex) {
			if (ex.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
				throw ex;
			}
			if (feedbackCase.idempotencyKey() != null && byIdempotencyKey(feedbackCase.idempotencyKey()).isPresent()) {
				return Insert.ALREADY_STORED;
			}
			return Insert.REFERENCE_TAKEN;
		}
	}

	enum Insert {

		STORED, ALREADY_STORED, REFERENCE_TAKEN

	}

	Optional<FeedbackCase> byReference(String reference) {
		return first(new Document("reference", reference));
	}

	/** Cases created with an idempotency key are stored under an id derived from it. */
	Optional<FeedbackCase> byIdempotencyKey(String key) {
		return first(new Document("_id", idFor(key)));
	}

	static String idFor(String idempotencyKey) {
		return org.candour.tenancy.TenantContext.require().value() + ":key:"
				+ org.candour.definition.CanonicalJson.sha256(idempotencyKey);
	}

	/**
	 * Replaces the case if it is still at {@code expectedVersion}; false when someone
	 * else changed it.
	 */
	boolean replace(FeedbackCase next, long expectedVersion) {
		return collection()
			.replaceOne(new Document("_id", next.id()).append("version", expectedVersion), this.codec.toBson(next))
			.getMatchedCount() == 1;
	}

	List<FeedbackCase> find(Bson filter, Bson sort, int skip, int limit) {
		List<FeedbackCase> found = new ArrayList<>();
		collection().find(filter)
			.sort(sort)
			.skip(skip)
			.limit(limit)
			.forEach(doc -> found.add(this.codec.fromBson(doc)));
		return found;
	}

	long count(Bson filter) {
		return collection().countDocuments(filter);
	}

	private Optional<FeedbackCase> first(Document filter) {
		return Optional.ofNullable(collection().find(filter).first()).map(this.codec::fromBson);
	}

	private MongoCollection<Document> collection() {
		return this.mongo.getCollection(CaseCollections.CASES);
	}

}
