package org.candour.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.candour.tenancy.TenantCollection;
import org.candour.tenancy.TenantContext;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** The tenant's saved import mappings, by id. */
@Component
class ImportMappings {

	static final String COLLECTION = "import_mappings";

	private final MongoTemplate mongo;

	private final JsonMapper json;

	ImportMappings(MongoTemplate mongo, JsonMapper json) {
		this.mongo = mongo;
		this.json = json;
	}

	void save(ImportMapping mapping) {
		this.mongo.getCollection(COLLECTION)
			.replaceOne(new Document("_id", storageId(mapping.id())),
					new Document("_id", storageId(mapping.id())).append("mapping",
							Document.parse(this.json.writeValueAsString(mapping))),
					new com.mongodb.client.model.ReplaceOptions().upsert(true));
	}

	Optional<ImportMapping> find(String id) {
		return Optional
			.ofNullable(this.mongo.getCollection(COLLECTION).find(new Document("_id", storageId(id))).first())
			.map(this::read);
	}

	/** Every mapping, by id. */
	List<ImportMapping> all() {
		List<ImportMapping> all = new ArrayList<>();
		this.mongo.getCollection(COLLECTION).find().sort(new Document("_id", 1)).forEach(doc -> all.add(read(doc)));
		return all;
	}

	// ids are per tenant; the collection is shared
	private static String storageId(String id) {
		return TenantContext.require().value() + ":" + id;
	}

	private ImportMapping read(Document stored) {
		return this.json.readValue(stored.get("mapping", Document.class).toJson(), ImportMapping.class);
	}

	@Configuration(proxyBeanMethods = false)
	static class Collections {

		@Bean
		TenantCollection importMappingsCollection() {
			return new TenantCollection(COLLECTION, List.of(TenantCollection.unique("tenant_id", "tenantId", "_id")));
		}

	}

}
