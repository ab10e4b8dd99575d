package org.candour.qa;

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
 * Stored samples of the current tenant (through the tenant-scoped database): one document
 * each, replaced only when it is still at the version the change was made from.
 */
@Component
class QaSamples {

	private static final JsonWriterSettings RELAXED = JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build();

	private final MongoTemplate mongo;

	private final JsonMapper json;

	QaSamples(MongoTemplate mongo, JsonMapper json) {
		this.mongo = mongo;
		this.json = json;
	}

	void insert(List<QaSample> samples) {
		if (!samples.isEmpty()) {
			collection().insertMany(samples.stream().map(this::toBson).toList());
		}
	}

	Optional<QaSample> byId(String id) {
		return Optional.ofNullable(collection().find(new Document("id", id)).first()).map(this::fromBson);
	}

	/** Replaces the sample if it is still at {@code expectedVersion}. */
	boolean replace(QaSample next, long expectedVersion) {
		return collection().replaceOne(new Document("id", next.id()).append("version", expectedVersion), toBson(next))
			.getMatchedCount() == 1;
	}

	/** The samples of a month, or of every month ({@code null}), by id. */
	List<QaSample> of(String period) {
		List<QaSample> found = new ArrayList<>();
		collection().find((period != null) ? new Document("period", period) : new Document())
			.sort(new Document("id", 1))
			.forEach(doc -> found.add(fromBson(doc)));
		return found;
	}

	private Document toBson(QaSample sample) {
		// ids are per tenant, and _id is unique across the (pooled) collection
		Document stored = new Document("_id", TenantContext.require().value() + ":" + sample.id());
		ObjectNode tree = this.json.valueToTree(sample);
		tree.remove("status");
		stored.putAll(Document.parse(this.json.writeValueAsString(tree)));
		return stored;
	}

	private QaSample fromBson(Document stored) {
		ObjectNode tree = (ObjectNode) this.json.readTree(stored.toJson(RELAXED));
		tree.remove("_id");
		tree.remove("tenantId");
		return this.json.treeToValue(tree, QaSample.class);
	}

	private MongoCollection<Document> collection() {
		return this.mongo.getCollection(QaCollections.SAMPLES);
	}

}
