package org.candour.qa;

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
 * The sampling runs of the current tenant, one per month: storing a month's run claims
 * the month, so two instances (or the schedule and a person) never both draw it.
 */
@Component
class QaRuns {

	private static final JsonWriterSettings RELAXED = JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build();

	private final MongoTemplate mongo;

	private final JsonMapper json;

	QaRuns(MongoTemplate mongo, JsonMapper json) {
		this.mongo = mongo;
		this.json = json;
	}

	/** Claims the run's month; false when it already has a run. */
	boolean claim(QaRun run) {
		Document stored = new Document("_id", TenantContext.require().value() + ":" + run.period());
		stored.putAll(Document.parse(this.json.writeValueAsString(run)));
		try {
			collection().insertOne(stored);
			return true;
		}
		catch (MongoWriteException ex) {
			if (ex.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
				throw ex;
			}
			return false;
		}
	}

	/** Records what the claimed run drew. */
	void complete(QaRun run) {
		Document stored = new Document("_id", TenantContext.require().value() + ":" + run.period());
		stored.putAll(Document.parse(this.json.writeValueAsString(run)));
		collection().replaceOne(new Document("period", run.period()), stored);
	}

	/** Frees a claimed month whose run stored nothing. */
	void release(String period) {
		collection().deleteOne(new Document("period", period));
	}

	Optional<QaRun> of(String period) {
		return Optional.ofNullable(collection().find(new Document("period", period)).first()).map(this::fromBson);
	}

	/** Every run, latest month first. */
	List<QaRun> all() {
		List<QaRun> found = new ArrayList<>();
		collection().find().sort(new Document("period", -1)).forEach(doc -> found.add(fromBson(doc)));
		return found;
	}

	private QaRun fromBson(Document stored) {
		ObjectNode tree = (ObjectNode) this.json.readTree(stored.toJson(RELAXED));
		tree.remove("_id");
		tree.remove("tenantId");
		return this.json.treeToValue(tree, QaRun.class);
	}

	private MongoCollection<Document> collection() {
		return this.mongo.getCollection(QaCollections.RUNS);
	}

}
