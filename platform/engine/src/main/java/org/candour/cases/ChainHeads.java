package org.candour.cases;

import java.util.List;
import java.util.Optional;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.candour.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The signed head of each case's history, kept in a collection apart from the case: its
 * version and last entry hash with an HMAC over tenant, case id, version and hash. A case
 * rolled back to an older copy, or cut short, no longer contains the entry its head
 * names. The head moves on after each stored change, only from a state it vouches for, so
 * later changes cannot launder a case that was rolled back.
 */
@Component
class ChainHeads {

	private static final Logger log = LoggerFactory.getLogger(ChainHeads.class);

	private static final String PURPOSE = "chain-head";

	private final MongoTemplate mongo;

	private final IntegrityKey key;

	ChainHeads(MongoTemplate mongo, IntegrityKey key) {
		this.mongo = mongo;
		this.key = key;
	}

	/**
	 * Moves the head of a case just changed from {@code previousVersion}; signs the first
	 * head of a case changed for the first time (a case just logged has none: its one
	 * signed entry has nothing to roll back to).
	 */
	void advanced(FeedbackCase next, long previousVersion) {
		List<HistoryEntry> history = next.history();
		Document head = head(next);
		if (previousVersion == 0 && insert(head)) {
			return;
		}
		String previousHash = history.get(history.size() - 1).previousHash();
		if (collection()
			.replaceOne(
					new Document("_id", next.id()).append("version", previousVersion).append("lastHash", previousHash),
					head)
			.getMatchedCount() == 1) {
			return;
		}
		Document stored = collection().find(new Document("_id", next.id())).first();
		if (stored == null) {
			if (mayStartUnsigned(history.subList(0, history.size() - 1))) {
				insert(head);
			}
			else {
				log.warn("Case {} has no signed chain head; not signing it now (verification reports it)",
						next.reference());
			}
			return;
		}
		long version = stored.get("version", Number.class).longValue();
		if (version >= next.version()) {
			return;
		}
		String lastHash = stored.getString("lastHash");
		if (problem(stored, next).isEmpty()) {
			collection().replaceOne(
					new Document("_id", next.id()).append("version", version).append("lastHash", lastHash), head);
			return;
		}
		log.warn("The signed chain head of case {} does not match its history; not moving it (verification reports it)",
				next.reference());
	}

	/** Removes the head of a case deleted at the end of its retention period. */
	void forget(String caseId) {
		collection().deleteOne(new Document("_id", caseId));
	}

	/** What is wrong with the case's head, if anything. */
	Optional<String> problem(FeedbackCase feedbackCase) {
		Document stored = collection().find(new Document("_id", feedbackCase.id())).first();
		if (stored == null) {
			return mayStartUnsigned(feedbackCase.history()) ? Optional.empty()
					: Optional.of("the case has no signed chain head: it was removed, or the case was copied in");
		}
		return problem(stored, feedbackCase);
	}

	private Optional<String> problem(Document stored, FeedbackCase feedbackCase) {
		Number version = stored.get("version", Number.class);
		String lastHash = stored.getString("lastHash");
		if (version == null || lastHash == null || !this.key.verifies(stored.getString("mac"), PURPOSE, tenant(),
				feedbackCase.id(), version.longValue(), lastHash)) {
			String keyId = stored.getString("keyId");
			return Optional.of(this.key.id().equals(keyId) ? "its signed chain head has been altered"
					: "its chain head was signed with another integrity key (" + keyId + "; this server's is "
							+ this.key.id() + ")");
		}
		if (feedbackCase.version() < version.longValue()) {
			return Optional.of("the case was rolled back or cut short: its signed chain head records version " + version
					+ ", the case is at version " + feedbackCase.version());
		}
		if (feedbackCase.history().stream().noneMatch(entry -> lastHash.equals(entry.hash()))) {
			return Optional.of("the history lacks the entry its signed chain head records (version " + version
					+ "): it was rolled back, cut short or replaced");
		}
		return Optional.empty();
	}

	/**
	 * A history may lack a head when it has no signed entries (written before heads), or
	 * only its first entry (the case was stored, its head not yet).
	 */
	private static boolean mayStartUnsigned(List<HistoryEntry> history) {
		return history.size() <= 1 || history.stream().allMatch(entry -> entry.scheme() == null);
	}

	private Document head(FeedbackCase feedbackCase) {
		List<HistoryEntry> history = feedbackCase.history();
		String lastHash = history.get(history.size() - 1).hash();
		return new Document("_id", feedbackCase.id()).append("reference", feedbackCase.reference())
			.append("version", feedbackCase.version())
			.append("lastHash", lastHash)
			.append("keyId", this.key.id())
			.append("mac", this.key.mac(PURPOSE, tenant(), feedbackCase.id(), feedbackCase.version(), lastHash));
	}

	/** False when the case has a head already. */
	private boolean insert(Document head) {
		try {
			collection().insertOne(head);
			return true;
		}
		catch (MongoWriteException ex) {
			if (ex.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
				throw ex;
			}
			return false;
		}
	}

	private static String tenant() {
		return TenantContext.require().value();
	}

	private MongoCollection<Document> collection() {
		return this.mongo.getCollection(CaseCollections.HEADS);
	}

}
