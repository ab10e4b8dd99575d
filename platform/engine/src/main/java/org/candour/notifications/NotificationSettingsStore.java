package org.candour.notifications;

import java.time.Clock;
import java.util.Date;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.candour.api.Actors;
import org.candour.api.RequestBodies;
import org.candour.tenancy.TenantContext;
import tools.jackson.databind.JsonNode;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The current tenant's notification settings: one document, replaced whole by a valid
 * change (one write); defaults when the tenant has never set any.
 */
@Component
class NotificationSettingsStore {

	private static final String ID = ":notification-settings";

	private final MongoTemplate mongo;

	private final RequestBodies bodies;

	private final Actors actors;

	private final NotificationProperties properties;

	private final Clock clock;

	NotificationSettingsStore(MongoTemplate mongo, RequestBodies bodies, Actors actors,
			NotificationProperties properties, Optional<Clock> clock) {
		this.mongo = mongo;
		this.bodies = bodies;
		this.actors = actors;
		this.properties = properties;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	NotificationSettings current() {
		Document stored = collection().find(new Document("_id", id())).first();
		if (stored == null) {
			return new NotificationSettings(NotificationSettings.SMTP, defaultFrom(), null, null, null, null);
		}
		String from = stored.getString("fromAddress");
		Date updatedAt = stored.getDate("updatedAt");
		return new NotificationSettings(stored.getString("provider"), from != null ? from : defaultFrom(),
				stored.getString("replyTo"), stored.getString("notifyApiKeyReference"),
				updatedAt == null ? null : updatedAt.toInstant(), stored.getString("updatedBy"));
	}

	/** Checks and stores new settings (422 naming each problem; nothing stored then). */
	NotificationSettings replace(JsonNode body) {
		this.bodies.require("notification-settings", body);
		Document stored = new Document("_id", id()).append("provider", body.path("provider").asString())
			.append("fromAddress", body.path("fromAddress").asString(null))
			.append("replyTo", body.path("replyTo").asString(null))
			.append("notifyApiKeyReference", body.path("notifyApiKeyReference").asString(null))
			.append("updatedAt", Date.from(this.clock.instant()))
			.append("updatedBy", this.actors.current().name());
		collection().replaceOne(new Document("_id", id()), stored, new ReplaceOptions().upsert(true));
		return current();
	}

	private String defaultFrom() {
		String configured = this.properties.defaultFrom();
		return StringUtils.hasText(configured) ? configured
				: "no-reply@" + TenantContext.require().value() + ".candour.local";
	}

	private static String id() {
		return TenantContext.require().value() + ID;
	}

	private MongoCollection<Document> collection() {
		return this.mongo.getCollection(NotificationCollections.SETTINGS);
	}

}
