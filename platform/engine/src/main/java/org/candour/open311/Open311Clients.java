package org.candour.open311;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.candour.tenancy.TenantCollection;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The current tenant's Open311 clients: a new client's key is returned once and only its
 * SHA-256 hash is stored (keys are 256 random bits, so a plain hash cannot be reversed);
 * a revoked client is kept, so the list shows who had access and when. Keys are looked up
 * within the current tenant only: another tenant's key is unknown here.
 */
@Component
public class Open311Clients {

	static final String COLLECTION = "open311_clients";

	private static final String KEY_PREFIX = "o311_";

	private final SecureRandom random = new SecureRandom();

	private final MongoTemplate mongo;

	private final Clock clock;

	Open311Clients(MongoTemplate mongo, Optional<Clock> clock) {
		this.mongo = mongo;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** A new client and its key, which is not kept. */
	public Created create(String name, String by) {
		byte[] secret = new byte[32];
		this.random.nextBytes(secret);
		String key = KEY_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		Open311Client client = new Open311Client(UUID.randomUUID().toString(), name, this.clock.instant(), by, null,
				null);
		collection().insertOne(new Document("_id", client.id()).append("name", name)
			.append("keyHash", hash(key))
			.append("createdAt", Date.from(client.createdAt()))
			.append("createdBy", by));
		return new Created(client, key);
	}

	/** Every client, newest first. */
	public List<Open311Client> all() {
		List<Open311Client> clients = new ArrayList<>();
		collection().find().sort(new Document("createdAt", -1).append("_id", 1)).forEach(doc -> clients.add(read(doc)));
		return clients;
	}

	Optional<Open311Client> find(String id) {
		return Optional.ofNullable(collection().find(new Document("_id", id)).first()).map(Open311Clients::read);
	}

	/** Stops the client's key working; false when there is no such client. */
	public boolean revoke(String id, String by) {
		return collection()
			.updateOne(new Document("_id", id).append("revokedAt", null),
					Updates.combine(Updates.set("revokedAt", Date.from(this.clock.instant())),
							Updates.set("revokedBy", by)))
			.getMatchedCount() == 1 || find(id).isPresent();
	}

	/** The working client whose key this is. */
	Optional<Open311Client> withKey(String key) {
		if (key == null || key.isBlank()) {
			return Optional.empty();
		}
		return Optional.ofNullable(collection().find(new Document("keyHash", hash(key.strip()))).first())
			.map(Open311Clients::read)
			.filter(Open311Client::active);
	}

	private MongoCollection<Document> collection() {
		return this.mongo.getCollection(COLLECTION);
	}

	private static Open311Client read(Document doc) {
		return new Open311Client(doc.getString("_id"), doc.getString("name"), instant(doc.getDate("createdAt")),
				doc.getString("createdBy"), instant(doc.getDate("revokedAt")), doc.getString("revokedBy"));
	}

	private static Instant instant(Date date) {
		return date == null ? null : date.toInstant();
	}

	static String hash(String key) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A new client and its key (shown once). */
	public record Created(Open311Client client, String key) {
	}

	@Configuration(proxyBeanMethods = false)
	static class Collections {

		@Bean
		TenantCollection open311ClientsCollection() {
			return new TenantCollection(COLLECTION, List.of(TenantCollection.unique("tenant_id", "tenantId", "_id"),
					TenantCollection.index("tenant_key", "tenantId", "keyHash")));
		}

	}

}
