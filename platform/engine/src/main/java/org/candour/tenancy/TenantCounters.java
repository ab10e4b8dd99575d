package org.candour.tenancy;

import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Readable identifiers ({@code LRN-000001}, {@code REM-000001}) numbered from one counter
 * per tenant and kind, incremented atomically in a tenant-owned counters collection.
 */
@Component
public class TenantCounters {

	private final MongoTemplate mongo;

	TenantCounters(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * The next identifier of the current tenant's counter {@code counter}, kept in
	 * {@code collection}: {@code prefix} and the number in six digits.
	 */
	public String next(String collection, String counter, String prefix) {
		Document stored;
		// the embedded server does not apply a findOneAndUpdate atomically across
		// threads; a real server does (the lock then only orders this server's requests)
		synchronized (this) {
			stored = this.mongo.getCollection(collection)
				.findOneAndUpdate(new Document("_id", TenantContext.require().value() + ":" + counter),
						new Document("$inc", new Document("seq", 1L)),
						new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
		}
		return prefix + String.format("%06d", ((Number) stored.get("seq")).longValue());
	}

}
