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
 */
@Component
class People {

	/** The recorded hash of a case without a people part. */
	static final String NONE = "none";

	private final MongoTemplate mongo;

	People(MongoTemplate mongo) {
		this.mongo = mongo;
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
