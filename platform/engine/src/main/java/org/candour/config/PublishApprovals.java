package org.candour.config;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.candour.api.Actors;
import org.candour.api.ApiError;
import org.candour.api.EndpointRoles;
import org.candour.api.Refusal;
import org.candour.tenancy.TenantContext;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * The two-person rule, when a tenant chooses it: an administrator asks for the draft to
 * be published, and another administrator approves before it goes live. An approval
 * publishes exactly the draft that was asked for: a draft changed since is refused, and
 * must be asked for again. Any tenant administrator may turn the rule on; only a platform
 * administrator may turn it off (else one administrator could turn it off and publish
 * alone). Packs a platform administrator deploys are not held for approval.
 */
@Service
public class PublishApprovals {

	private final MongoTemplate mongo;

	private final Drafts drafts;

	private final ConfigPublisher publisher;

	private final DraftManagement management;

	private final Actors actors;

	private final Clock clock;

	PublishApprovals(MongoTemplate mongo, Drafts drafts, ConfigPublisher publisher, DraftManagement management,
			Actors actors, Optional<Clock> clock) {
		this.mongo = mongo;
		this.drafts = drafts;
		this.publisher = publisher;
		this.management = management;
		this.actors = actors;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** Whether the current tenant holds publications for a second administrator. */
	public boolean required() {
		return ApprovalRule.required(this.mongo);
	}

	/** Turns the two-person rule on or off for the current tenant. */
	public void require(boolean required) {
		if (!required && !this.actors.current().hasAnyRole(List.of(EndpointRoles.PLATFORM_ADMIN))) {
			throw Refusal.notAllowed("Only a platform administrator can turn the two-person rule off");
		}
		collection().replaceOne(new Document("_id", ApprovalRule.ruleId()),
				new Document("_id", ApprovalRule.ruleId()).append("required", required)
					.append("setBy", this.actors.current().name())
					.append("setAt", Date.from(this.clock.instant())),
				new ReplaceOptions().upsert(true));
	}

	/** Publishes the draft, or, under the two-person rule, asks for it to be approved. */
	public Outcome publishOrRequest(String comment) {
		return required() ? new Outcome(null, request(comment)) : new Outcome(this.publisher.publish(comment), null);
	}

	/**
	 * Asks for the current draft to be published (replacing any earlier request); a draft
	 * with errors cannot be asked for.
	 */
	public Pending request(String comment) {
		DraftSet draft = this.drafts.load();
		List<ApiError> errors = this.management.validate()
			.errors()
			.stream()
			.map(p -> new ApiError(p.pointer(), p.code(), p.message(), p.document()))
			.toList();
		if (!errors.isEmpty()) {
			throw Refusal.rulesBroken("The configuration has errors; nothing was asked for", errors);
		}
		Pending pending = new Pending(draft.revision(), comment == null ? "" : comment, this.actors.current().name(),
				this.clock.instant());
		collection().replaceOne(new Document("_id", pendingId()), pending.toBson(pendingId()),
				new ReplaceOptions().upsert(true));
		return pending;
	}

	/** The publication waiting for approval, if any. */
	public Optional<Pending> pending() {
		return Optional.ofNullable(collection().find(new Document("_id", pendingId())).first()).map(Pending::of);
	}

	/**
	 * Publishes the draft asked for, as a second administrator; refused to whoever asked,
	 * and when the draft has changed since.
	 */
	public Publication approve() {
		Pending pending = pending().orElseThrow(() -> Refusal.notFound("No publication is waiting for approval"));
		String approver = this.actors.current().name();
		if (approver.equals(pending.requestedBy())) {
			throw Refusal.notAllowed("You asked for this publication; another administrator must approve it");
		}
		DraftSet draft = this.drafts.load();
		if (draft.revision() != pending.revision()) {
			throw Refusal.stale("The draft has changed since the publication was asked for; ask again",
					Map.of("askedForRevision", pending.revision(), "draftRevision", draft.revision()));
		}
		String comment = (pending.comment().isBlank() ? "" : pending.comment() + " ") + "(asked for by "
				+ pending.requestedBy() + ", approved by " + approver + ")";
		Publication publication = this.publisher.publish(draft.documents(), comment, null);
		collection().deleteOne(new Document("_id", pendingId()).append("revision", pending.revision()));
		return publication;
	}

	/** Withdraws or rejects the publication waiting for approval. */
	public void reject() {
		if (collection().deleteOne(new Document("_id", pendingId())).getDeletedCount() == 0) {
			throw Refusal.notFound("No publication is waiting for approval");
		}
	}

	private static String pendingId() {
		return TenantContext.require().value() + ":pending";
	}

	private MongoCollection<Document> collection() {
		return this.mongo.getCollection(ConfigCollections.APPROVALS);
	}

	/**
	 * A publication waiting for a second administrator.
	 *
	 * @param revision the draft revision asked for
	 * @param comment the comment for the version
	 * @param requestedBy who asked
	 * @param requestedAt when
	 */
	public record Pending(long revision, String comment, String requestedBy, Instant requestedAt) {

		Document toBson(String id) {
			return new Document("_id", id).append("revision", this.revision)
				.append("comment", this.comment)
				.append("requestedBy", this.requestedBy)
				.append("requestedAt", Date.from(this.requestedAt));
		}

		static Pending of(Document stored) {
			return new Pending(stored.get("revision", Number.class).longValue(), stored.getString("comment"),
					stored.getString("requestedBy"), stored.getDate("requestedAt").toInstant());
		}

	}

	/**
	 * What publishing did: a new (or the same) version, or a request for approval.
	 *
	 * @param publication the publication, when the draft was published
	 * @param pending the request, when it waits for approval
	 */
	public record Outcome(Publication publication, Pending pending) {
	}

}
