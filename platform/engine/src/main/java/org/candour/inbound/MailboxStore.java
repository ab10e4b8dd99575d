package org.candour.inbound;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.candour.api.Actors;
import org.candour.api.ApiError;
import org.candour.api.Refusal;
import org.candour.api.RequestBodies;
import org.candour.tenancy.TenantContext;
import tools.jackson.databind.JsonNode;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The current tenant's inbound mailbox: one document, replaced whole by a valid change
 * (one write). The password is never part of it ({@link MailboxPassword}).
 */
@Component
class MailboxStore {

	private static final String ID = ":inbound-mailbox";

	private final MongoTemplate mongo;

	private final RequestBodies bodies;

	private final MailboxTargets targets;

	private final InboundSettings settings;

	private final Actors actors;

	private final Clock clock;

	MailboxStore(MongoTemplate mongo, RequestBodies bodies, MailboxTargets targets, InboundSettings settings,
			Actors actors, Optional<Clock> clock) {
		this.mongo = mongo;
		this.bodies = bodies;
		this.targets = targets;
		this.settings = settings;
		this.actors = actors;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	Optional<Mailbox> current() {
		Document stored = collection().find(new Document("_id", id())).first();
		if (stored == null) {
			return Optional.empty();
		}
		return Optional.of(new Mailbox(stored.getString("host"), stored.getInteger("port"),
				stored.getBoolean("tls", true), stored.getString("user"), stored.getString("folder"),
				stored.getString("feedbackType"), stored.getString("bodyField"), stored.getBoolean("enabled", true),
				stored.getDate("updatedAt").toInstant(), stored.getString("updatedBy")));
	}

	/**
	 * Checks and stores a mailbox (422 naming each problem; nothing stored then).
	 */
	Mailbox replace(JsonNode body) {
		List<ApiError> problems = new ArrayList<>();
		try {
			this.bodies.require("inbound-mailbox", body);
		}
		catch (Refusal malformed) {
			// the schema's problems and the configuration's, all at once
			problems.addAll(malformed.violations());
		}
		String feedbackType = body.path("feedbackType").asString("");
		problems.addAll(this.targets.problems(feedbackType, body.path("bodyField").asString("")));
		if (!this.settings.allows(body.path("host").asString())) {
			problems.add(0, new ApiError("/host", "inbound.host-not-allowed",
					"Candour may not read mail from this server: ask your platform operator which servers it may use"));
		}
		if (!problems.isEmpty()) {
			throw Refusal.rulesBroken("The inbound-mailbox is not valid", problems);
		}
		Document stored = new Document("_id", id()).append("host", body.path("host").asString())
			.append("port", body.path("port").asInt())
			.append("tls", body.path("tls").asBoolean(true))
			.append("user", body.path("user").asString())
			.append("folder", body.path("folder").asString(Mailbox.DEFAULT_FOLDER))
			.append("feedbackType", body.path("feedbackType").asString())
			.append("bodyField", body.path("bodyField").asString())
			.append("enabled", body.path("enabled").asBoolean(true))
			.append("updatedAt", Date.from(this.clock.instant()))
			.append("updatedBy", this.actors.current().name());
		collection().replaceOne(new Document("_id", id()), stored, new ReplaceOptions().upsert(true));
		return current().orElseThrow();
	}

	/** Keeps what the last poll did with the mailbox; returns it. */
	PollSummary polled(PollSummary summary) {
		Document poll = new Document("at", Date.from(summary.at())).append("contacts", summary.contacts())
			.append("replies", summary.replies())
			.append("ignored", summary.ignored())
			.append("failed", summary.failed())
			.append("problem", summary.problem());
		collection().updateOne(new Document("_id", id()), new Document("$set", new Document("lastPoll", poll)));
		return summary;
	}

	/** What the last poll did, if one ran since the mailbox was last set. */
	Optional<PollSummary> lastPoll() {
		Document stored = collection().find(new Document("_id", id())).first();
		Document poll = stored == null ? null : stored.get("lastPoll", Document.class);
		if (poll == null) {
			return Optional.empty();
		}
		return Optional
			.of(new PollSummary(poll.getDate("at").toInstant(), poll.getInteger("contacts"), poll.getInteger("replies"),
					poll.getInteger("ignored"), poll.getInteger("failed"), poll.getString("problem")));
	}

	private static String id() {
		return TenantContext.require().value() + ID;
	}

	private MongoCollection<Document> collection() {
		return this.mongo.getCollection(InboundCollections.MAILBOXES);
	}

}
