package org.candour.notifications;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The current tenant's notification outbox. A notification is added once (its id is
 * deterministic, so a repeat is refused by the database); every later change is one
 * update conditional on its id and version, so of several senders exactly one claims a
 * try and only that sender records its result.
 */
@Component
class Outbox {

	private final MongoTemplate mongo;

	Outbox(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** Adds a notification; false when one with its id is already there. */
	boolean add(Notification notification) {
		try {
			collection().insertOne(NotificationCodec.toBson(notification));
			return true;
		}
		catch (MongoWriteException ex) {
			if (ex.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
				throw ex;
			}
			return false;
		}
	}

	Optional<Notification> find(String id) {
		return Optional.ofNullable(collection().find(new Document("_id", id)).first()).map(NotificationCodec::fromBson);
	}

	/**
	 * Claims a notification that is due for a try: marks it sending (held for
	 * {@code lease}) and counts the try. Empty when it is not due or another sender won.
	 */
	Optional<Notification> claim(String id, Instant now, Duration lease) {
		Optional<Notification> found = find(id).filter(candidate -> candidate.dueBy(now));
		if (found.isEmpty()) {
			return Optional.empty();
		}
		Notification current = found.get();
		Instant leaseUntil = now.plus(lease);
		Notification claimed = current.claimed(leaseUntil);
		Document set = new Document("status", NotificationStatus.SENDING.wire())
			.append("leaseUntil", NotificationCodec.date(leaseUntil))
			.append("due", NotificationCodec.date(leaseUntil));
		return update(current, set, new Document("attempts", 1)) ? Optional.of(claimed) : Optional.empty();
	}

	/** Records that the provider accepted a claimed notification. */
	boolean sent(Notification claimed, Instant at, String provider, String providerReference) {
		return update(claimed,
				settled(NotificationStatus.SENT, provider, null).append("sentAt", NotificationCodec.date(at))
					.append("providerReference", providerReference),
				new Document());
	}

	/**
	 * Records a failed try of a claimed notification, to be tried again at {@code next}.
	 */
	boolean retry(Notification claimed, Instant next, String provider, String error) {
		return update(claimed,
				new Document("status", NotificationStatus.PENDING.wire()).append("provider", provider)
					.append("lastError", error)
					.append("nextAttemptAt", NotificationCodec.date(next))
					.append("due", NotificationCodec.date(next))
					.append("leaseUntil", null),
				new Document());
	}

	/** Records that a claimed notification will not be tried again. */
	boolean failed(Notification claimed, String provider, String error) {
		return update(claimed, settled(NotificationStatus.FAILED, provider, error), new Document());
	}

	/** Notifications due for a try, earliest first. */
	List<Notification> due(Instant now, int limit) {
		List<Notification> due = new ArrayList<>();
		collection().find(new Document("due", new Document("$lte", NotificationCodec.date(now))))
			.sort(new Document("due", 1))
			.limit(limit)
			.forEach(doc -> due.add(NotificationCodec.fromBson(doc)));
		return due;
	}

	/** Deletes a case's notifications (the case was disposed of); says how many. */
	long forget(String reference) {
		return collection().deleteMany(new Document("reference", reference)).getDeletedCount();
	}

	/** A case's notifications, oldest first. */
	List<Notification> ofCase(String reference) {
		List<Notification> found = new ArrayList<>();
		collection().find(new Document("reference", reference))
			.sort(new Document("createdAt", 1).append("_id", 1))
			.forEach(doc -> found.add(NotificationCodec.fromBson(doc)));
		return found;
	}

	private static Document settled(NotificationStatus status, String provider, String error) {
		return new Document("status", status.wire()).append("provider", provider)
			.append("lastError", error)
			.append("due", null)
			.append("leaseUntil", null);
	}

	private boolean update(Notification expected, Document set, Document inc) {
		Document increments = new Document(inc).append("version", 1);
		return collection()
			.updateOne(new Document("_id", expected.id()).append("version", expected.version()),
					new Document("$set", set).append("$inc", increments))
			.getMatchedCount() == 1;
	}

	private MongoCollection<Document> collection() {
		return this.mongo.getCollection(NotificationCollections.OUTBOX);
	}

}
