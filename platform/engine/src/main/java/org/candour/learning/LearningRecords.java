package org.candour.learning;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
 * Stored learning records of the current tenant (through the tenant-scoped database): one
 * document each, its actions embedded, replaced only when it is still at the version the
 * change was made from.
 */
@Component
class LearningRecords {

	private static final JsonWriterSettings RELAXED = JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build();

	private final MongoTemplate mongo;

	private final JsonMapper json;

	LearningRecords(MongoTemplate mongo, JsonMapper json) {
		this.mongo = mongo;
		this.json = json;
	}

	/** Stores a new record; false when its id is taken. */
	boolean insert(LearningRecord record) {
		try {
			collection().insertOne(toBson(record));
			return true;
		}
		catch (com.mongodb.MongoWriteException ex) {
			if (ex.getError().getCategory() != com.mongodb.ErrorCategory.DUPLICATE_KEY) {
				throw ex;
			}
			return false;
		}
	}

	Optional<LearningRecord> byId(String id) {
		return Optional.ofNullable(collection().find(new Document("id", id)).first()).map(this::fromBson);
	}

	/** Replaces the record if it is still at {@code expectedVersion}. */
	boolean replace(LearningRecord next, long expectedVersion) {
		return collection().replaceOne(new Document("id", next.id()).append("version", expectedVersion), toBson(next))
			.getMatchedCount() == 1;
	}

	/** Every record matching the filter (plain field equalities), by id. */
	List<LearningRecord> find(Document filter) {
		List<LearningRecord> found = new ArrayList<>();
		collection().find(filter).sort(new Document("id", 1)).forEach(doc -> found.add(fromBson(doc)));
		return found;
	}

	/** The records that came from a case. */
	List<LearningRecord> linkedTo(String caseReference) {
		return find(new Document("cases", caseReference));
	}

	private Document toBson(LearningRecord record) {
		// ids are per tenant, and _id is unique across the (pooled) collection
		Document stored = new Document("_id", TenantContext.require().value() + ":" + record.id());
		stored.putAll(Document.parse(this.json.writeValueAsString(record)));
		return stored;
	}

	private LearningRecord fromBson(Document stored) {
		ObjectNode tree = (ObjectNode) this.json.readTree(stored.toJson(RELAXED));
		tree.remove("_id");
		tree.remove("tenantId");
		return this.json.treeToValue(tree, LearningRecord.class);
	}

	private MongoCollection<Document> collection() {
		return this.mongo.getCollection(LearningCollections.LEARNING);
	}

}
