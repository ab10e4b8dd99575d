package org.candour.config;

import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.candour.tenancy.TenantContext;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The current tenant's active-version pointer and the claim that serialises publications.
 * A publication claims number N+1 while version N is active, writes version N+1, then
 * moves the pointer from N to N+1 only if it still holds the claim; each step is one
 * conditional update of this single document, so two publications can never get the same
 * number.
 */
@Component
class ConfigHeads {

	private final MongoTemplate mongo;

	ConfigHeads(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** The active version number, 0 when nothing has been published. */
	int active() {
		Document head = collection().find(new Document("_id", headId())).first();
		return head == null ? 0 : head.getInteger("active");
	}

	/**
	 * Claims the next number while {@code active} is active. Takes over a claim older
	 * than {@code staleBefore} (its publisher crashed).
	 * @return the claim, or null if another publication holds it or the active version
	 * moved
	 */
	Claim claim(int active, Instant now, Instant staleBefore) {
		ensureExists();
		Claim claim = new Claim(active + 1, UUID.randomUUID().toString());
		Document pending = new Document("number", claim.number()).append("attempt", claim.attempt())
			.append("at", Date.from(now));
		Document update = new Document("$set", new Document("pending", pending));
		if (collection()
			.updateOne(new Document("_id", headId()).append("active", active).append("pending", null), update)
			.getModifiedCount() == 1) {
			return claim;
		}
		Document stale = new Document("_id", headId()).append("active", active)
			.append("pending.at", new Document("$lt", Date.from(staleBefore)));
		return collection().updateOne(stale, update).getModifiedCount() == 1 ? claim : null;
	}

	/** Moves the pointer to the claimed version; false if the claim was lost. */
	boolean activate(Claim claim, String hash) {
		Document filter = new Document("_id", headId()).append("active", claim.number() - 1)
			.append("pending.attempt", claim.attempt());
		Document update = new Document("$set",
				new Document("active", claim.number()).append("activeHash", hash).append("pending", null));
		return collection().updateOne(filter, update).getModifiedCount() == 1;
	}

	void release(Claim claim) {
		collection().updateOne(new Document("_id", headId()).append("pending.attempt", claim.attempt()),
				new Document("$set", new Document("pending", null)));
	}

	private void ensureExists() {
		if (collection().find(new Document("_id", headId())).first() != null) {
			return;
		}
		try {
			collection().insertOne(new Document("_id", headId()).append("active", 0).append("pending", null));
		}
		catch (MongoWriteException ex) {
			if (ex.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
				throw ex;
			}
		}
	}

	private static String headId() {
		return TenantContext.require().value();
	}

	private MongoCollection<Document> collection() {
		return this.mongo.getCollection(ConfigCollections.HEADS);
	}

	record Claim(int number, String attempt) {
	}

}
