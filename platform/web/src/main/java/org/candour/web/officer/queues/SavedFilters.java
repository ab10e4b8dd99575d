package org.candour.web.officer.queues;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.candour.tenancy.TenantCollection;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The filters each member of staff has saved on the queue page: one document per saved
 * filter in a tenant-owned collection, keyed by user, holding the queue page address it
 * stands for.
 */
@Component
class SavedFilters {

	static final String COLLECTION = "saved_queue_filters";

	private final MongoTemplate mongo;

	private final Clock clock;

	SavedFilters(MongoTemplate mongo, Optional<Clock> clock) {
		this.mongo = mongo;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	List<SavedFilter> of(String user) {
		List<SavedFilter> saved = new ArrayList<>();
		collection().find(new Document("user", user))
			.sort(new Document("name", 1))
			.forEach(document -> saved.add(new SavedFilter(document.getString("_id"), document.getString("name"),
					document.getString("query"))));
		return saved;
	}

	SavedFilter save(String user, String name, String query) {
		SavedFilter saved = new SavedFilter(UUID.randomUUID().toString(), name, query);
		collection().insertOne(new Document("_id", saved.id()).append("user", user)
			.append("name", name)
			.append("query", query)
			.append("createdAt", Date.from(this.clock.instant())));
		return saved;
	}

	/**
	 * Deletes one of the user's saved filters; false when they have none with this id.
	 */
	boolean delete(String user, String id) {
		return collection().deleteOne(new Document("_id", id).append("user", user)).getDeletedCount() == 1;
	}

	private MongoCollection<Document> collection() {
		return this.mongo.getCollection(COLLECTION);
	}

	/**
	 * A saved filter.
	 *
	 * @param id its id
	 * @param name the name its owner gave it
	 * @param query the queue page's query string it stands for
	 */
	record SavedFilter(String id, String name, String query) {
	}

	@Configuration(proxyBeanMethods = false)
	static class Collections {

		@Bean
		TenantCollection savedQueueFiltersCollection() {
			return new TenantCollection(COLLECTION, List.of(TenantCollection.unique("tenant_id", "tenantId", "_id"),
					TenantCollection.index("tenant_user_name", "tenantId", "user", "name")));
		}

	}

}
