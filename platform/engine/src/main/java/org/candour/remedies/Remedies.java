package org.candour.remedies;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import org.candour.tenancy.TenantContext;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Stored remedies of the current tenant (through the tenant-scoped database): one
 * document each, replaced only when it is still at the version the change was made from.
 */
@Component
class Remedies {

	private static final JsonWriterSettings RELAXED = JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build();

	private final MongoTemplate mongo;

	private final JsonMapper json;

	Remedies(MongoTemplate mongo, JsonMapper json) {
		this.mongo = mongo;
		this.json = json;
	}

	/** Stores a new remedy; false when its id is taken. */
	boolean insert(Remedy remedy) {
		try {
			collection().insertOne(toBson(remedy));
			return true;
		}
		catch (MongoWriteException ex) {
			if (ex.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
				throw ex;
			}
			return false;
		}
	}

	Optional<Remedy> byId(String id) {
		return Optional.ofNullable(collection().find(new Document("id", id)).first()).map(this::fromBson);
	}

	/** Replaces the remedy if it is still at {@code expectedVersion}. */
	boolean replace(Remedy next, long expectedVersion) {
		return collection().replaceOne(new Document("id", next.id()).append("version", expectedVersion), toBson(next))
			.getMatchedCount() == 1;
	}

	/** The remedies of a case, by id. */
	List<Remedy> ofCase(String caseReference) {
		List<Remedy> found = new ArrayList<>();
		collection().find(new Document("caseReference", caseReference))
			.sort(new Document("id", 1))
			.forEach(doc -> found.add(fromBson(doc)));
		return found;
	}

	/** Every remedy of the tenant, by id. */
	List<Remedy> all() {
		List<Remedy> found = new ArrayList<>();
		collection().find().sort(new Document("id", 1)).forEach(doc -> found.add(fromBson(doc)));
		return found;
	}

	private Document toBson(Remedy remedy) {
		// ids are per tenant, and _id is unique across the (pooled) collection
		Document stored = new Document("_id", TenantContext.require().value() + ":" + remedy.id());
		stored.putAll(Document.parse(this.json.writeValueAsString(remedy)));
		return stored;
	}

	private Remedy fromBson(Document stored) {
		ObjectNode tree = (ObjectNode) this.json.readTree(stored.toJson(RELAXED));
		tree.remove("_id");
		tree.remove("tenantId");
		return this.json.treeToValue(tree, Remedy.class);
	}

	private MongoCollection<Document> collection() {
		return this.mongo.getCollection(RemedyCollections.REMEDIES);
	}

}
