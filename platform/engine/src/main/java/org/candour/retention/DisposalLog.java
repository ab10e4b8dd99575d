package org.candour.retention;

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
 * What was disposed of, when and under which rule, by whom (the nightly job is
 * {@code system}) — never any of the data itself: the reference and the feedback type
 * only.
 */
@Component
class DisposalLog {

	static final String COLLECTION = "disposal_log";

	private final MongoTemplate mongo;

	DisposalLog(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	void record(DisposalEntry entry) {
		this.mongo.getCollection(COLLECTION)
			.insertOne(new Document("_id", new ObjectId().toHexString()).append("reference", entry.reference())
				.append("feedbackType", entry.feedbackType())
				.append("action", entry.action())
				.append("rule", entry.rule())
				.append("at", Date.from(entry.at()))
				.append("by", entry.by()));
	}

	/** The newest entries first. */
	List<DisposalEntry> newest(int limit) {
		List<DisposalEntry> entries = new ArrayList<>();
		this.mongo.getCollection(COLLECTION)
			.find()
			.sort(new Document("at", -1).append("_id", -1))
			.limit(limit)
			.forEach(doc -> entries.add(new DisposalEntry(doc.getString("reference"), doc.getString("feedbackType"),
					doc.getString("action"), doc.getString("rule"), doc.getDate("at").toInstant(),
					doc.getString("by"))));
		return entries;
	}

	@Configuration(proxyBeanMethods = false)
	static class Collections {

		@Bean
		TenantCollection disposalLogCollection() {
			return new TenantCollection(COLLECTION, List.of(TenantCollection.unique("tenant_id", "tenantId", "_id"),
					TenantCollection.index("tenant_at", "tenantId", "at")));
		}

	}

}
