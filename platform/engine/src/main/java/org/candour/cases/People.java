package org.candour.cases;

import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The people part of a case: complainant and contact details, kept apart from case data
 * so that access, retention and subject-access handling can treat them separately. Stored
 * under the case's id before the case itself, so a retry simply overwrites it.
 */
@Component
class People {

	private final MongoTemplate mongo;

	People(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	void store(String caseId, String reference, ObjectNode contact) {
		Document stored = new Document("_id", caseId).append("reference", reference)
			.append("contact", BsonTrees.toDocument(contact));
		collection().replaceOne(new Document("_id", caseId), stored, new ReplaceOptions().upsert(true));
	}

	Optional<ObjectNode> of(String caseId) {
		Document stored = collection().find(new Document("_id", caseId)).first();
		if (stored == null) {
			return Optional.empty();
		}
		return Optional.of(BsonTrees.toTree(stored.get("contact", Document.class)));
	}

	private MongoCollection<Document> collection() {
		return this.mongo.getCollection(CaseCollections.PEOPLE);
	}

}
