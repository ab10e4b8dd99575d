package org.candour.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Each case's current tracking-link nonce: every link carries the nonce it was issued
 * with, and only links with the current one open the case. Until a case's links are first
 * revoked its nonce is derived from its storage id (an HMAC under the tenant's key), so
 * issuing links writes nothing; revoking stores a random nonce under the case's id with
 * one write, and every earlier link stops working.
 */
@Component
class TrackingNonces {

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private final MongoTemplate mongo;

	private final TrackingKeys keys;

	private final SecureRandom random = new SecureRandom();

	TrackingNonces(MongoTemplate mongo, TrackingKeys keys) {
		this.mongo = mongo;
		this.keys = keys;
	}

	String current(String caseId) {
		Document stored = collection().find(new Document("_id", caseId)).first();
		return (stored != null) ? stored.getString("nonce") : initial(caseId);
	}

	/** Replaces the case's nonce: links issued before stop working. */
	Renewed renew(String caseId) {
		byte[] nonce = new byte[16];
		this.random.nextBytes(nonce);
		Document renewed = collection().findOneAndUpdate(new Document("_id", caseId),
				new Document("$set", new Document("nonce", ENCODER.encodeToString(nonce))).append("$inc",
						new Document("revocations", 1L)),
				new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
		return new Renewed(renewed.getString("nonce"), ((Number) renewed.get("revocations")).longValue());
	}

	boolean isCurrent(String caseId, String nonce) {
		return nonce != null && MessageDigest.isEqual(current(caseId).getBytes(StandardCharsets.US_ASCII),
				nonce.getBytes(StandardCharsets.US_ASCII));
	}

	String initial(String caseId) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.keys.current(), "HmacSHA256"));
			byte[] derived = mac.doFinal(("tracking-nonce:" + caseId).getBytes(StandardCharsets.UTF_8));
			return ENCODER.encodeToString(java.util.Arrays.copyOf(derived, 16));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available", ex);
		}
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
