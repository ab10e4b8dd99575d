package org.candour.privacy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.candour.tenancy.TenantCollection;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Who exported, erased or redacted what, and when: the cases' references, the kinds of
 * identifier looked for and the reason — never the identifiers' values nor any of the
 * data (collection {@value #COLLECTION}, through the tenant-scoped driver).
 */
@Component
class PrivacyLog {

	static final String COLLECTION = "privacy_log";

	private final MongoTemplate mongo;

	PrivacyLog(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	void record(PrivacyLogEntry entry) {
		this.mongo.getCollection(COLLECTION)
			.insertOne(new Document("_id", entry.id()).append("action", entry.action())
				.append("cases", entry.cases())
				.append("identifiers", entry.identifiers())
				.append("reason", entry.reason())
				.append("at", Date.from(entry.at()))
				.append("by", entry.by()));
	}

	/**
	 * A new entry's id: object ids grow with time and, within an instance, with each one
	 * made, so entries recorded at the same instant still list newest first.
	 */
	static String newId() {
		return new ObjectId().toHexString();
	}

	/** The newest entries first. */
	List<PrivacyLogEntry> newest(int limit) {
		List<PrivacyLogEntry> entries = new ArrayList<>();
		this.mongo.getCollection(COLLECTION)
			.find()
			.sort(new Document("at", -1).append("_id", -1))
			.limit(limit)
			.forEach(doc -> entries.add(new PrivacyLogEntry(doc.getString("_id"), doc.getString("action"),
					doc.getList("cases", String.class), doc.getList("identifiers", String.class),
					doc.getString("reason"), doc.getDate("at").toInstant(), doc.getString("by"))));
		return entries;
	}

	@Configuration(proxyBeanMethods = false)
	static class Collections {

		@Bean
		TenantCollection privacyLogCollection() {
			return new TenantCollection(COLLECTION, List.of(TenantCollection.unique("tenant_id", "tenantId", "_id"),
					TenantCollection.index("tenant_at", "tenantId", "at")));
		}

	}

}
