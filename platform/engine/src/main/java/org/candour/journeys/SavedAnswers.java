package org.candour.journeys;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.candour.tenancy.TenantContext;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * The current tenant's saved journeys, each under a browser's key and a feedback type.
 * Only a digest of the key is stored, so the store alone does not let anyone resume a
 * journey. Each save keeps the journey for {@code candour.resident.saved-answers-expiry}
 * from then; an expired journey is never returned, whether or not the sweep has removed
 * it yet.
 */
@Service
public class SavedAnswers {

	private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{43}");

	private static final SecureRandom RANDOM = new SecureRandom();

	static final String BROWSER = "browser";

	static final String TYPE = "feedbackType";

	static final String EXPIRES = "expiresAt";

	private final MongoTemplate mongo;

	private final SavedAnswersSettings settings;

	private final Clock clock;

	SavedAnswers(MongoTemplate mongo, SavedAnswersSettings settings, Optional<Clock> clock) {
		this.mongo = mongo;
		this.settings = settings;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** A new browser key: 256 random bits, URL-safe. */
	public static String newKey() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** Whether {@code key} could be one {@link #newKey()} made. */
	public static boolean isKey(String key) {
		return key != null && KEY.matcher(key).matches();
	}

	/** Saves (replaces) the journey of {@code key} through {@code type}. */
	public void save(String key, String type, SavedJourney journey) {
		Date now = Date.from(this.clock.instant());
		Document saved = new Document("_id", id(key, type)).append(BROWSER, digest(key))
			.append(TYPE, type)
			.append("idempotencyKey", journey.idempotencyKey())
			.append("data", journey.data())
			.append("contact", journey.contact())
			.append("savedAt", now)
			.append(EXPIRES, Date.from(now.toInstant().plus(this.settings.savedAnswersExpiry())));
		collection().replaceOne(Filters.eq("_id", saved.get("_id")), saved, new ReplaceOptions().upsert(true));
	}

	/**
	 * The journey of {@code key} through {@code type}, unless none was saved or it
	 * expired.
	 */
	public Optional<SavedJourney> find(String key, String type) {
		if (!isKey(key)) {
			return Optional.empty();
		}
		Document found = collection()
			.find(Filters.and(Filters.eq("_id", id(key, type)), Filters.gt(EXPIRES, Date.from(this.clock.instant()))))
			.first();
		return Optional.ofNullable(found)
			.map(saved -> new SavedJourney(saved.getString("idempotencyKey"), saved.getString("data"),
					saved.getString("contact")));
	}

	/**
	 * Forgets the journey of {@code key} through {@code type} (sent, or deleted by the
	 * resident).
	 */
	public void forget(String key, String type) {
		if (isKey(key)) {
			collection().deleteOne(Filters.eq("_id", id(key, type)));
		}
	}

	/** Forgets every journey of {@code key}. */
	public void forgetAll(String key) {
		if (isKey(key)) {
			collection().deleteMany(Filters.eq(BROWSER, digest(key)));
		}
	}

	/** Removes the current tenant's expired journeys; returns how many. */
	long sweep() {
		return collection().deleteMany(Filters.lte(EXPIRES, Date.from(this.clock.instant()))).getDeletedCount();
	}

	private MongoCollection<Document> collection() {
		return this.mongo.getCollection(SavedAnswersCollection.NAME);
	}

	/**
	 * The tenant is part of the id as ids are unique across the collection, not per
	 * tenant.
	 */
	private static String id(String key, String type) {
		return TenantContext.require().id().value() + ":" + digest(key) + ":" + type;
	}

	private static String digest(String key) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
