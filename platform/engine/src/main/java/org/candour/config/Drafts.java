package org.candour.config;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import com.mongodb.MongoWriteException;
import com.mongodb.ErrorCategory;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.candour.api.Refusal;
import org.candour.tenancy.TenantContext;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Reads and changes the current tenant's draft with one conditional write per change. */
@Component
class Drafts {

	private static final int ATTEMPTS = 20;

	private final MongoTemplate mongo;

	private final DocumentCodec codec;

	private final Clock clock;

	Drafts(MongoTemplate mongo, JsonMapper json, java.util.Optional<Clock> clock) {
		this.mongo = mongo;
		this.codec = new DocumentCodec(json);
		this.clock = clock.orElse(Clock.systemUTC());
	}

	DraftSet load() {
		Document stored = collection().find(new Document("_id", draftId())).first();
		if (stored == null) {
			return new DraftSet(0, List.of());
		}
		return new DraftSet(stored.getLong("revision"),
				this.codec.fromBson(stored.getList("documents", Document.class)));
	}

	/**
	 * Applies a change to the latest draft, retrying if another change landed in between.
	 */
	DraftSet change(UnaryOperator<DraftSet> change, String actor) {
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			DraftSet current = load();
			DraftSet changed = change.apply(current);
			Document next = new Document("_id", draftId()).append("revision", current.revision() + 1)
				.append("documents", this.codec.toBson(changed.documents()))
				.append("updatedAt", java.util.Date.from(this.clock.instant()))
				.append("updatedBy", actor);
			if (write(current.revision(), next)) {
				return new DraftSet(current.revision() + 1, changed.documents());
			}
		}
		throw Refusal.stale("The draft is being changed by others; try again", Map.of());
	}

	private boolean write(long expectedRevision, Document next) {
		if (expectedRevision == 0) {
			try {
				collection().insertOne(next);
				return true;
			}
			catch (MongoWriteException ex) {
				if (ex.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
					return false;
				}
				throw ex;
			}
		}
		return collection().replaceOne(new Document("_id", draftId()).append("revision", expectedRevision), next)
			.getMatchedCount() == 1;
	}

	private static String draftId() {
		return TenantContext.require().value();
	}

	private MongoCollection<Document> collection() {
		return this.mongo.getCollection(ConfigCollections.DRAFTS);
	}

}
