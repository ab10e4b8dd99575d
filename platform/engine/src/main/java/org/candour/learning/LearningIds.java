package org.candour.learning;

import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import org.bson.Document;
import org.candour.tenancy.TenantContext;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Allocates learning record ids, {@code LRN-000001}, from one counter per tenant
 * incremented atomically (as case references are).
 */
@Component
class LearningIds {

	static final String PREFIX = "LRN-";

	private static final String COUNTER = "learning";

	private final MongoTemplate mongo;

	LearningIds(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	String next() {
		Document counter;
		// the embedded server does not apply a findOneAndUpdate atomically across
		// threads; a real server does (the lock then only orders this server's requests)
		synchronized (this) {
			counter = this.mongo.getCollection(LearningCollections.COUNTERS)
				.findOneAndUpdate(new Document("_id", TenantContext.require().value() + ":" + COUNTER),
						new Document("$inc", new Document("seq", 1L)),
						new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
		}
		return PREFIX + String.format("%06d", ((Number) counter.get("seq")).longValue());
	}

}
