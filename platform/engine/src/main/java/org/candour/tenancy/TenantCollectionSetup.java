package org.candour.tenancy;

import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.stereotype.Component;

/**
 * Creates the declared indexes of tenant-owned collections wherever tenant data lives.
 */
@Component
class TenantCollectionSetup implements org.springframework.beans.factory.SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(TenantCollectionSetup.class);

	private final MongoClient client;

	private final String mainDatabase;

	private final SiloNaming silos;

	private final List<TenantCollection> collections;

	TenantCollectionSetup(MongoClient client, MongoConnectionDetails connection, SiloNaming silos,
			List<TenantCollection> collections) {
		this.client = client;
		String database = connection.getConnectionString().getDatabase();
		this.mainDatabase = database != null ? database : "candour";
		this.silos = silos;
		this.collections = collections;
	}

	@Override
	public void afterSingletonsInstantiated() {
		prepareMain();
		this.client.getDatabase(this.mainDatabase)
			.getCollection(PlatformCollections.TENANTS)
			.find(new org.bson.Document("isolation", "siloed"))
			.forEach(tenant -> prepareSilo(new TenantId(tenant.getString("_id"))));
	}

	void prepareMain() {
		prepare(this.client.getDatabase(this.mainDatabase));
		this.client.getDatabase(this.mainDatabase)
			.getCollection(PlatformCollections.TENANTS)
			.createIndex(Indexes.ascending("_id"), new IndexOptions().name("tenants_id"));
	}

	void prepareSilo(TenantId tenant) {
		prepare(this.client.getDatabase(this.silos.databaseOf(tenant)));
	}

	List<TenantCollection> collections() {
		return this.collections;
	}

	private void prepare(MongoDatabase database) {
		for (TenantCollection collection : this.collections) {
			if (!collection.indexes().isEmpty()) {
				database.getCollection(collection.name()).createIndexes(collection.indexes());
			}
		}
		log.debug("Indexes ready in {} for {} tenant collections", database.getName(), this.collections.size());
	}

}
