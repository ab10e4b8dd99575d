package org.candour.remedies;

import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import org.bson.Document;
import org.candour.tenancy.TenantContext;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Allocates remedy ids, {@code REM-000001}, from one counter per tenant incremented
 * atomically (as case references are).
 */
@Component
class RemedyIds {

	static final String PREFIX = "REM-";

	private static final String COUNTER = "remedies";

	private final MongoTemplate mongo;

	RemedyIds(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	String next() {
		Document counter;
		// the embedded server does not apply a findOneAndUpdate atomically across
		// threads; a real server does (the lock then only orders this server's requests)
		synchronized (this) {
			counter = this.mongo.getCollection(RemedyCollections.COUNTERS)
				.findOneAndUpdate(new Document("_id", TenantContext.require().value() + ":" + COUNTER),
						new Document("$inc", new Document("seq", 1L)),
						new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
		}
		return PREFIX + String.format("%06d", ((Number) counter.get("seq")).longValue());
	}

}
