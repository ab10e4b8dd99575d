package org.candour.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.candour.tenancy.TenantContext;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Each tenant's tracking-link signing key: 256 random bits, generated and stored once
 * under {@code <tenant>:tracking-link-hmac} (the first writer wins a race), then kept in
 * memory.
 */
@Component
class TrackingKeys {

	private static final String ID = ":tracking-link-hmac";

	private final MongoTemplate mongo;

	private final SecureRandom random = new SecureRandom();

	private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

	TrackingKeys(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	byte[] current() {
		return this.cache.computeIfAbsent(TenantContext.require().value(), tenant -> readOrCreate());
	}

	private byte[] readOrCreate() {
		String id = TenantContext.require().value() + ID;
		Document stored = collection().find(new Document("_id", id)).first();
		if (stored != null) {
			return Base64.getDecoder().decode(stored.getString("key"));
		}
		byte[] key = new byte[32];
		this.random.nextBytes(key);
		try {
			collection().insertOne(new Document("_id", id).append("key", Base64.getEncoder().encodeToString(key)));
			return key;
		}
		catch (MongoWriteException ex) {
			if (ex.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
				throw ex;
			}
			return Base64.getDecoder().decode(collection().find(new Document("_id", id)).first().getString("key"));
		}
	}

	private MongoCollection<Document> collection() {
		return this.mongo.getCollection(SecurityCollections.TRACKING_KEYS);
	}

}
