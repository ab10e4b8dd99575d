package org.candour.security;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Each case's current tracking-link nonce, kept under the case's storage id: every link
 * carries the nonce it was issued with, and only links with the current one open the
 * case. The first link of a case creates it (the first writer wins a race); a new link on
 * request replaces it with one write, which revokes every earlier link.
 */
@Component
class TrackingNonces {

	private final MongoTemplate mongo;

	private final SecureRandom random = new SecureRandom();

	TrackingNonces(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	String current(String caseId) {
		Document stored = collection().find(new Document("_id", caseId)).first();
		if (stored != null) {
			return stored.getString("nonce");
		}
		try {
			String nonce = fresh();
			collection().insertOne(new Document("_id", caseId).append("nonce", nonce).append("revocations", 0L));
			return nonce;
		}
		catch (MongoWriteException ex) {
			if (ex.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
				throw ex;
			}
			return collection().find(new Document("_id", caseId)).first().getString("nonce");
		}
	}

	/** Replaces the case's nonce: links issued before stop working. */
	Renewed renew(String caseId) {
		Document renewed = collection().findOneAndUpdate(new Document("_id", caseId),
				new Document("$set", new Document("nonce", fresh())).append("$inc", new Document("revocations", 1L)),
				new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
		return new Renewed(renewed.getString("nonce"), ((Number) renewed.get("revocations")).longValue());
	}

	boolean isCurrent(String caseId, String nonce) {
		Document stored = collection().find(new Document("_id", caseId)).first();
		return stored != null && nonce != null
				&& MessageDigest.isEqual(stored.getString("nonce").getBytes(), nonce.getBytes());
	}

	private String fresh() {
		byte[] nonce = new byte[16];
		this.random.nextBytes(nonce);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(nonce);
	}

	private MongoCollection<Document> collection() {
		return this.mongo.getCollection(SecurityCollections.TRACKING_NONCES);
	}

	/**
	 * A case's new nonce.
	 *
	 * @param nonce the nonce
	 * @param revocations how many times the case's links have been revoked, this time
	 * included
	 */
	record Renewed(String nonce, long revocations) {
	}

}
