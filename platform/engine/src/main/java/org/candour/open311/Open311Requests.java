package org.candour.open311;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.candour.tenancy.TenantCollection;
import org.candour.tenancy.TenantContext;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The current tenant's cases received through Open311, kept apart from the cases so the
 * endpoint lists only these (never a case a resident gave another way), by reference.
 */
@Component
class Open311Requests {

	static final String COLLECTION = "open311_requests";

	private final MongoTemplate mongo;

	Open311Requests(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	void record(Open311Request request) {
		this.mongo.getCollection(COLLECTION)
			.insertOne(new Document("_id", TenantContext.require().value() + ":" + request.reference())
				.append("reference", request.reference())
				.append("serviceCode", request.serviceCode())
				.append("feedbackType", request.feedbackType())
				.append("client", request.client())
				.append("requestedAt", Date.from(request.requestedAt())));
	}

	/**
	 * The requests received in {@code [from, to]} (either may be null: open-ended), of
	 * one service when {@code serviceCode} is given, newest first, at most {@code limit}.
	 */
	List<Open311Request> received(Instant from, Instant to, String serviceCode, int limit) {
		Document range = new Document();
		if (from != null) {
			range.append("$gte", Date.from(from));
		}
		if (to != null) {
			range.append("$lte", Date.from(to));
		}
		Document filter = new Document();
		if (!range.isEmpty()) {
			filter.append("requestedAt", range);
		}
		if (serviceCode != null) {
			filter.append("serviceCode", serviceCode);
		}
		return find(filter, limit);
	}

	/** The requests with these references (those received through Open311). */
	List<Open311Request> withReferences(List<String> references) {
		return find(new Document("reference", new Document("$in", references)), references.size());
	}

	private List<Open311Request> find(Document filter, int limit) {
		List<Open311Request> found = new ArrayList<>();
		this.mongo.getCollection(COLLECTION)
			.find(filter)
			.sort(new Document("requestedAt", -1).append("reference", 1))
			.limit(limit)
			.forEach(doc -> found.add(new Open311Request(doc.getString("reference"), doc.getString("serviceCode"),
					doc.getString("feedbackType"), doc.getString("client"), doc.getDate("requestedAt").toInstant())));
		return found;
	}

	@Configuration(proxyBeanMethods = false)
	static class Collections {

		@Bean
		TenantCollection open311RequestsCollection() {
			return new TenantCollection(COLLECTION,
					List.of(TenantCollection.unique("tenant_id", "tenantId", "_id"),
							TenantCollection.index("tenant_reference", "tenantId", "reference"),
							TenantCollection.index("tenant_requested", "tenantId", "requestedAt")));
		}

	}

}
