package org.candour.cases;

import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.candour.definition.CanonicalJson;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The people part of a case: complainant and contact details, kept apart from case data
 * so that access, retention and subject-access handling can treat them separately. Stored
 * under the case's id before the case itself, so a retry simply overwrites it. The case's
 * history records its hash, so an edit made outside Candour shows in verification.
 * <p>
 * The people parts this instance stored or read last are kept (at most {@value #KEPT}),
 * each with its hash: one is given again without a read only to a case that records that
 * very hash. A people part is written only when its case is logged, so such a copy is the
 * one the history recorded; verification ({@link #hashOf}) always reads the store, so an
 * edit made outside Candour still shows there.
 */
@Component
class People {

	/** The recorded hash of a case without a people part. */
	static final String NONE = "none";

	private static final int KEPT = 1000;

	private final MongoTemplate mongo;

	private final java.util.Map<String, Kept> kept = java.util.Collections
		.synchronizedMap(new java.util.LinkedHashMap<>(16, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(java.util.Map.Entry<String, Kept> eldest) {
				return size() > KEPT;
			}

		});

	People(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** A people part as stored, and its hash. */
	private record Kept(String hash, ObjectNode contact) {
	}

	/**
	 * @param fresh whether the case id is new (a random id on its first attempt): the
	 * people part is then inserted, else it replaces any stored under the id
	 */
	void store(String caseId, String reference, ObjectNode contact, boolean fresh) {
		Document stored = new Document("_id", caseId).append("reference", reference)
			.append("contact", BsonTrees.toDocument(contact));
		if (fresh) {
			collection().insertOne(stored);
		}
		else {
			collection().replaceOne(new Document("_id", caseId), stored, new ReplaceOptions().upsert(true));
		}
		ObjectNode asStored = BsonTrees.asStored(contact);
		this.kept.put(caseId, new Kept(asStored.isEmpty() ? NONE : CanonicalJson.sha256(asStored), asStored));
	}

	/** Deletes the case's people part (the case is anonymised or deleted). */
	void delete(String caseId) {
		collection().deleteOne(new Document("_id", caseId));
		this.kept.remove(caseId);
	}

	/**
	 * The people part of a case that records {@code recordedHash}: none when it records
	 * none, the one kept when it has that hash, else as stored.
	 */
	Optional<ObjectNode> of(String caseId, String recordedHash) {
		if (NONE.equals(recordedHash)) {
			return Optional.empty();
		}
		Kept found = recordedHash == null ? null : this.kept.get(caseId);
		if (found != null && found.hash().equals(recordedHash)) {
			return Optional.of(found.contact().deepCopy());
		}
		Optional<ObjectNode> stored = of(caseId);
		stored.ifPresent(contact -> {
			String hash = contact.isEmpty() ? NONE : CanonicalJson.sha256(contact);
			if (hash.equals(recordedHash)) {
				this.kept.put(caseId, new Kept(hash, contact.deepCopy()));
			}
		});
		return stored;
	}

	Optional<ObjectNode> of(String caseId) {
		Document stored = collection().find(new Document("_id", caseId)).first();
		if (stored == null) {
			return Optional.empty();
		}
		return Optional.of(BsonTrees.toTree(stored.get("contact", Document.class)));
	}

	/**
	 * The hash of the people part stored for the case now ({@value #NONE} without one).
	 */
	String hashOf(String caseId) {
		Document stored = collection().find(new Document("_id", caseId)).first();
		if (stored == null) {
			return NONE;
		}
		return stored.get("contact") instanceof Document contact ? CanonicalJson.sha256(BsonTrees.toTree(contact))
				: "malformed";
	}

	/**
	 * The hash {@link #hashOf} gives once {@code contact} is stored (none when empty).
	 */
	static String hash(ObjectNode contact) {
		return contact.isEmpty() ? NONE : CanonicalJson.sha256(BsonTrees.asStored(contact));
	}

	private MongoCollection<Document> collection() {
		return this.mongo.getCollection(CaseCollections.PEOPLE);
	}

}
