package org.candour.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.Codec;
import org.bson.conversions.Bson;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Stored cases of the current tenant. */
@Component
class Cases {

	private final MongoTemplate mongo;

	private final CaseCodec codec;

	private final ApplicationEventPublisher events;

	private final ChainHeads heads;

	Cases(MongoTemplate mongo, JsonMapper json, ApplicationEventPublisher events, ChainHeads heads) {
		this.mongo = mongo;
		this.codec = new CaseCodec(json);
		this.events = events;
		this.heads = heads;
	}

	/**
	 * Stores a new case. The unique indexes decide: a case with the same idempotency key
	 * means a retry; a case with the same reference means the reference must be allocated
	 * again.
	 */
	Insert insert(FeedbackCase feedbackCase) {
		try {
			// no signed head yet: a history of one (signed) entry has nothing to roll
			// back to;
			// the first change signs it
			collection().insertOne(this.codec.toBson(feedbackCase));
			changed(feedbackCase);
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

	Optional<FeedbackCase> byId(String id) {
		return first(new Document("_id", id));
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
	 * Writes the change from {@code previous} to {@code next} if the stored case is still
	 * at {@code previous}'s version, with one conditional update that sets the case's
	 * fields and pushes its new history entries; false when someone else changed it.
	 */
	boolean replace(FeedbackCase previous, FeedbackCase next) {
		Document filter = new Document("_id", next.id()).append("version", previous.version());
		java.util.Optional<Document> update = this.codec.toUpdate(previous, next);
		boolean replaced = (update.isPresent() ? collection().updateOne(filter, update.get())
				: collection().replaceOne(filter, this.codec.toBson(next)))
			.getMatchedCount() == 1;
		if (replaced) {
			this.heads.advanced(next, previous.version());
			changed(next);
		}
		return replaced;
	}

	/**
	 * Replaces the whole stored case on the version it was read at, its history included
	 * (the history of an anonymised case is rewritten, not extended).
	 */
	boolean overwrite(FeedbackCase previous, FeedbackCase next) {
		boolean replaced = collection()
			.replaceOne(new Document("_id", next.id()).append("version", previous.version()), this.codec.toBson(next))
			.getMatchedCount() == 1;
		if (replaced) {
			this.heads.advanced(next, previous.version());
			changed(next);
		}
		return replaced;
	}

	/**
	 * Deletes the case, and its signed chain head, when it is still at the version read.
	 */
	boolean delete(FeedbackCase current) {
		boolean deleted = collection().deleteOne(new Document("_id", current.id()).append("version", current.version()))
			.getDeletedCount() == 1;
		if (deleted) {
			this.heads.forget(current.id());
			changed(current);
		}
		return deleted;
	}

	/** Whether a case with this id is stored. */
	boolean exists(String id) {
		// a find, not countDocuments: the embedded server answers a count (an
		// aggregation)
		// by scanning the whole collection
		return collection().find(new Document("_id", id)).projection(new Document("_id", 1)).limit(1).first() != null;
	}

	/**
	 * Whether the stored top-level copies (state, open, assignee, due dates…) are those
	 * of the case as stored.
	 */
	boolean storedCopiesMatch(FeedbackCase feedbackCase) {
		Document projection = new Document();
		CaseCodec.STORED_COPIES.forEach(field -> projection.put(field, 1));
		Document stored = collection().find(new Document("_id", feedbackCase.id())).projection(projection).first();
		Document expected = this.codec.toBson(feedbackCase);
		return stored != null && CaseCodec.STORED_COPIES.stream()
			.allMatch(field -> java.util.Objects.equals(stored.get(field), expected.get(field)));
	}

	List<FeedbackCase> find(Bson filter, Bson sort, int skip, int limit) {
		List<FeedbackCase> found = new ArrayList<>();
		MongoCollection<Document> collection = collection();
		Codec<Document> documents = collection.getCodecRegistry().get(Document.class);
		collection.find(filter, RawBsonDocument.class)
			.sort(sort)
			.skip(skip)
			.limit(limit)
			.forEach(doc -> found.add(this.codec.fromBson(doc, documents)));
		return found;
	}

	/**
	 * Passes the given fields of every case the filter matches, as stored, to the action
	 * (one at a time: nothing is collected here).
	 */
	void forEach(Bson filter, Bson projection, Consumer<Document> action) {
		collection().find(filter).projection(projection).forEach(action::accept);
	}

	long count(Bson filter) {
		return collection().countDocuments(filter);
	}

	List<Document> aggregate(List<? extends Bson> pipeline) {
		return collection().aggregate(pipeline).into(new java.util.ArrayList<>());
	}

	/**
	 * Read as BSON bytes, so a case becomes a tree without a {@link Document} per object.
	 */
	private Optional<FeedbackCase> first(Document filter) {
		MongoCollection<Document> collection = collection();
		Codec<Document> documents = collection.getCodecRegistry().get(Document.class);
		return Optional.ofNullable(collection.find(filter, RawBsonDocument.class).first())
			.map(stored -> this.codec.fromBson(stored, documents));
	}

	private void changed(FeedbackCase feedbackCase) {
		this.events.publishEvent(
				new CaseStored(org.candour.tenancy.TenantContext.require().value(), feedbackCase.caseReference()));
	}

	private MongoCollection<Document> collection() {
		return this.mongo.getCollection(CaseCollections.CASES);
	}

}
