package org.candour.inbound;

import java.time.Clock;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOptions;
import org.bson.Document;
import org.candour.tenancy.TenantContext;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * One record per message read from the tenant's mailbox, under an id derived from the
 * message's key: what it became (a contact, a reply on a case, ignored) or why it could
 * not be taken in yet. A message whose record says it was taken in is never taken in
 * again, whatever the mailbox's flags say.
 */
@Component
class MessageRecords {

	private final MongoTemplate mongo;

	private final Clock clock;

	MessageRecords(MongoTemplate mongo, Optional<Clock> clock) {
		this.mongo = mongo;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** Whether the message was already taken in (a contact, a reply, or ignored). */
	boolean taken(String key) {
		Document stored = collection().find(new Document("_id", id(key))).first();
		return stored != null && !Outcome.FAILED.name().equals(stored.getString("outcome"));
	}

	void record(String key, Outcome outcome, String caseReference, String reason) {
		Document fields = new Document("key", key).append("outcome", outcome.name())
			.append("caseReference", caseReference)
			.append("reason", reason)
			.append("at", Date.from(this.clock.instant()));
		Document update = new Document("$set", fields);
		if (outcome == Outcome.FAILED) {
			update.append("$inc", new Document("attempts", 1));
		}
		collection().updateOne(new Document("_id", id(key)), update, new UpdateOptions().upsert(true));
	}

	/** How many messages came to each outcome, in the order of {@link Outcome}. */
	Map<Outcome, Long> counts() {
		Map<Outcome, Long> counts = new LinkedHashMap<>();
		for (Outcome outcome : Outcome.values()) {
			counts.put(outcome, 0L);
		}
		collection()
			.aggregate(List
				.of(new Document("$group", new Document("_id", "$outcome").append("n", new Document("$sum", 1)))))
			.forEach(group -> counts.put(Outcome.valueOf(group.getString("_id")),
					((Number) group.get("n")).longValue()));
		return counts;
	}

	private static String id(String key) {
		return TenantContext.require().value() + ":" + key;
	}

	private MongoCollection<Document> collection() {
		return this.mongo.getCollection(InboundCollections.MESSAGES);
	}

	/** What a message became. */
	enum Outcome {

		/** A new contact logged from it. */
		CONTACT,

		/** Added to the history of the case it answers. */
		REPLY,

		/** An auto-reply or a bounce, kept out of the queues. */
		IGNORED,

		/** Not taken in yet (left unread, tried again at the next poll). */
		FAILED

	}

}
