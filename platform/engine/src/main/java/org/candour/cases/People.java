package org.candour.cases;

import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import tools.jackson.databind.json.JsonMapper;
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

	private final JsonMapper json;

	People(MongoTemplate mongo, JsonMapper json) {
		this.mongo = mongo;
		this.json = json;
	}

	void store(String caseId, String reference, ObjectNode contact) {
		Document stored = new Document("_id", caseId).append("reference", reference)
			.append("contact", Document.parse(this.json.writeValueAsString(contact)));
		collection().replaceOne(new Document("_id", caseId), stored, new ReplaceOptions().upsert(true));
	}

	Optional<ObjectNode> of(String caseId) {
		Document stored = collection().find(new Document("_id", caseId)).first();
		if (stored == null) {
			return Optional.empty();
		}
		Document contact = stored.get("contact", Document.class);
		return Optional.of((ObjectNode) this.json
			.readTree(contact.toJson(JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build())));
	}

	private MongoCollection<Document> collection() {
		return this.mongo.getCollection(CaseCollections.PEOPLE);
	}

}
