package org.candour.notifications;

import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

import org.bson.Document;

/** Notifications as outbox documents and back. */
final class NotificationCodec {

	private NotificationCodec() {
	}

	static Document toBson(Notification n) {
		Document personalisation = new Document();
		n.personalisation().forEach(personalisation::append);
		return new Document("_id", n.id()).append("reference", n.reference())
			.append("template", n.template())
			.append("trigger", n.trigger())
			.append("recipient", n.recipient())
			.append("to", n.to())
			.append("channel", n.channel())
			.append("language", n.language())
			.append("subject", n.subject())
			.append("body", n.body())
			.append("personalisation", personalisation)
			.append("notifyTemplateId", n.notifyTemplateId())
			.append("status", n.status().wire())
			.append("attempts", n.attempts())
			.append("nextAttemptAt", date(n.nextAttemptAt()))
			.append("leaseUntil", date(n.leaseUntil()))
			.append("due", date(n.due()))
			.append("lastError", n.lastError())
			.append("provider", n.provider())
			.append("providerReference", n.providerReference())
			.append("createdAt", date(n.createdAt()))
			.append("sentAt", date(n.sentAt()))
			.append("version", n.version());
	}

	static Notification fromBson(Document d) {
		Map<String, String> personalisation = new LinkedHashMap<>();
		Document stored = d.get("personalisation", Document.class);
		if (stored != null) {
			stored.forEach((key, value) -> personalisation.put(key, String.valueOf(value)));
		}
		return new Notification(d.getString("_id"), d.getString("reference"), d.getString("template"),
				d.getString("trigger"), d.getString("recipient"), d.getString("to"), d.getString("channel"),
				d.getString("language"), d.getString("subject"), d.getString("body"), personalisation,
				d.getString("notifyTemplateId"), NotificationStatus.fromWire(d.getString("status")),
				d.getInteger("attempts", 0), instant(d, "nextAttemptAt"), instant(d, "leaseUntil"),
				d.getString("lastError"), d.getString("provider"), d.getString("providerReference"),
				instant(d, "createdAt"), instant(d, "sentAt"), ((Number) d.get("version")).longValue());
	}

	static Date date(Instant instant) {
		return instant == null ? null : Date.from(instant);
	}

	private static Instant instant(Document d, String key) {
		Date date = d.getDate(key);
		return date == null ? null : date.toInstant();
	}

}
